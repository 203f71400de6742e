using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses.GetGroupAnalyses;

/// <summary>Every department's analysis, live, for the implementer (the employer reads released ones one by one or as CSV).</summary>
public sealed record GetGroupAnalysesQuery(Guid CampaignId) : IQuery<IReadOnlyList<GroupAnalysisDto>>;
