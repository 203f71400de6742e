using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.GetCoordinators;

/// <summary>Today's coordinators and how to reach them (第4-1(2)ウ: made known to every supporter).</summary>
public sealed record GetCoordinatorsQuery(PageRequest Paging) : IQuery<PagedList<CoordinatorDto>>, IPagedQuery;
