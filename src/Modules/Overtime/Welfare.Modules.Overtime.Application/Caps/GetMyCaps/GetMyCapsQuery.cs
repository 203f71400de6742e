using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Caps.GetMyCaps;

/// <summary>The caller's own personal caps, newest first.</summary>
public sealed record GetMyCapsQuery(PageRequest Paging) : IQuery<PagedList<PersonalCapDto>>, IPagedQuery;
