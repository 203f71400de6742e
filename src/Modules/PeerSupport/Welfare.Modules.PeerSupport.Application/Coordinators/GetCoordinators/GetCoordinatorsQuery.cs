using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.GetCoordinators;

/// <summary>
/// Today's coordinators by name and how to reach them (第4-1(2)ウ: made known to every supporter). <see cref="Search"/>
/// finds one by staff number or by part of the name in kanji or kana.
/// </summary>
public sealed record GetCoordinatorsQuery(string? Search, PageRequest Paging) : IQuery<PagedList<CoordinatorDto>>, IPagedQuery;
