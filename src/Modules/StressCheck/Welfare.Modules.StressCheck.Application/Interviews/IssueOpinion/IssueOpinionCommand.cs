using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Interviews.IssueOpinion;

/// <summary>The implementer's opinion after the interview (art. 17, 別表第2); published for the modules that apply it.</summary>
public sealed record IssueOpinionCommand(
    Guid CampaignId,
    string EmployeeId,
    WorkCategory WorkCategory,
    int? OvertimeCapHours,
    bool OvertimeForbidden,
    bool ShortenedHours,
    bool NoNightWork,
    string? OtherMeasures,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? WorkloadMeasures,
    string? HumanRelationsMeasures) : ICommand<InterviewDto>;
