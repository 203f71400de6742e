using Welfare.Modules.Overtime.Domain.Interviews;

namespace Welfare.Modules.Overtime.Application.Interviews;

/// <summary>The work measures of a physician's opinion: what the department head must arrange, nothing medical.</summary>
public sealed record WorkMeasuresDto(
    bool ChangeOfPlace,
    bool ChangeOfDuties,
    bool Leave,
    bool ShorterHours,
    bool FewerNightShifts,
    double? OvertimeCapHours,
    bool OvertimeForbidden,
    DateOnly? From,
    DateOnly? To,
    bool NoMeasuresNeeded)
{
    internal static WorkMeasuresDto? Of(LongHoursOpinion? o) => o is null
        ? null
        : new(o.ChangeOfPlace, o.ChangeOfDuties, o.Leave, o.ShorterHours, o.FewerNightShifts, o.OvertimeCapHours, o.OvertimeForbidden, o.MeasuresFrom, o.MeasuresTo, o.NoMeasuresNeeded);
}

/// <summary>
/// A long-hours interview case. The employee, the welfare officer and the scheduled physician see all of
/// it; the department head sees only who, which month, the status and the work measures (every other
/// field is null for them).
/// </summary>
public sealed record LongHoursInterviewDto(
    Guid Id,
    string EmployeeId,
    string? DepartmentCode,
    int Year,
    int Month,
    LongHoursInterviewStatus Status,
    double? HealthOvertimeHours,
    double? RollingAverageHours,
    bool? Mandatory,
    string? Tier,
    bool? Exempt,
    DateOnly? NotifiedOn,
    DateTimeOffset? RequestedAt,
    DateTimeOffset? RecommendedAt,
    string? PhysicianId,
    DateOnly? ScheduledOn,
    DateOnly? HeldOn,
    WorkMeasuresDto? Measures,
    bool? NextInterviewUnnecessary,
    string? OpinionNote,
    NotHeldReason? NotHeldReason,
    string? NotHeldNote,
    DateTimeOffset? ClosedAt)
{
    internal static LongHoursInterviewDto Full(LongHoursInterview i) => new(
        i.Id, i.EmployeeId, i.DepartmentCode, i.Year, i.Month, i.Status, i.HealthOvertimeHours, i.RollingAverageHours, i.Mandatory, i.Tier, i.Exempt,
        i.NotifiedOn, i.RequestedAt, i.RecommendedAt, i.PhysicianId, i.ScheduledOn, i.Opinion?.HeldOn, WorkMeasuresDto.Of(i.Opinion),
        i.Opinion?.NextInterviewUnnecessary, i.Opinion?.Note, i.NotHeldReason, i.NotHeldNote, i.ClosedAt);

    internal static LongHoursInterviewDto ForDepartmentHead(LongHoursInterview i) => new(
        i.Id, i.EmployeeId, i.DepartmentCode, i.Year, i.Month, i.Status, null, null, null, null, null,
        null, null, null, null, null, null, WorkMeasuresDto.Of(i.Opinion), null, null, null, null, null);

    internal static LongHoursInterviewDto As(LongHoursInterview i, InterviewView view) => view == InterviewView.Full ? Full(i) : ForDepartmentHead(i);
}
