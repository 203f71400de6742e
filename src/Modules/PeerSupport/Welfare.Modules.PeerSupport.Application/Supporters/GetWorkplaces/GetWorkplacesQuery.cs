using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetWorkplaces;

/// <summary>A department's workplaces with their current supporters: its head and welfare officers.</summary>
public sealed record GetWorkplacesQuery(string DepartmentCode, PageRequest Paging) : IQuery<PagedList<WorkplaceDto>>, IPagedQuery;
