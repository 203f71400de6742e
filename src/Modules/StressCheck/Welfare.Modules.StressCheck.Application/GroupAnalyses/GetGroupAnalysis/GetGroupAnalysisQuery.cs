using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses.GetGroupAnalysis;

/// <summary>
/// A department's group analysis: the implementer sees it live; welfare officers and that department's
/// head see the released figures only (404 until released).
/// </summary>
public sealed record GetGroupAnalysisQuery(Guid CampaignId, string DepartmentCode) : IQuery<GroupAnalysisDto>;
