using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses.ReleaseGroupAnalysis;

/// <summary>
/// The implementer releases a department's analysis to the employer: allowed when the group has at least
/// the campaign's minimum of respondents, or every respondent consented (409 otherwise, with why).
/// </summary>
public sealed record ReleaseGroupAnalysisCommand(Guid CampaignId, string DepartmentCode) : ICommand<GroupAnalysisDto>;
