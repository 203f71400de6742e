using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses.GetGroupAnalyses;

/// <summary>Every department's analysis by department code, live, for the implementer (the employer reads released ones one by one or as CSV).</summary>
public sealed record GetGroupAnalysesQuery(Guid CampaignId, PageRequest Paging) : IQuery<PagedList<GroupAnalysisDto>>, IPagedQuery;
