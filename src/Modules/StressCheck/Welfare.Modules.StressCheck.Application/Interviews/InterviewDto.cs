using Welfare.Modules.StressCheck.Domain.Interviews;

namespace Welfare.Modules.StressCheck.Application.Interviews;

/// <summary>
/// An interview as one caller may see it (別表第1): the request status for staff and welfare officers;
/// the record for the employee and the implementer only; the opinion and decision also for the
/// employee's department head (without the request) and welfare officers.
/// </summary>
public sealed record InterviewDto(
    string EmployeeId,
    InterviewStatus Status,
    DateTimeOffset? RequestedAt,
    DateTimeOffset? RecommendedAt,
    string? EligibilityNote,
    InterviewRecord? Record,
    PhysicianOpinion? Opinion,
    EmployerDecision? Decision)
{
    public static InterviewDto Summary(Interview i) => new(i.EmployeeId, i.Status, i.RequestedAt, i.RecommendedAt, null, null, null, null);

    public static InterviewDto Full(Interview i) => new(i.EmployeeId, i.Status, i.RequestedAt, i.RecommendedAt, i.EligibilityNote, i.Record, i.Opinion, i.Decision);

    public static InterviewDto OpinionOnly(Interview i) => new(i.EmployeeId, i.Status, i.RequestedAt, i.RecommendedAt, null, null, i.Opinion, i.Decision);

    /// <summary>The opinion and decision without the request or recommendation: heads never learn who asked.</summary>
    public static InterviewDto ForDepartmentHead(Interview i) => new(i.EmployeeId, i.Status, null, null, null, null, i.Opinion, i.Decision);
}
