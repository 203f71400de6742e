using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.StressCheck.Application.Results.GetResults;

/// <summary>The results of a campaign the caller may see (別表第1), narrowed by department and high stress.</summary>
public sealed record GetResultsQuery(Guid CampaignId, string? Department, bool? HighStress, PageRequest Paging)
    : IQuery<PagedList<DisclosedResultDto>>, IPagedQuery;
