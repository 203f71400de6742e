using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Interviews;

public enum LongHoursInterviewStatus
{
    /// <summary>Opened by the monthly evaluation; the employee has been told their hours.</summary>
    [Label("通知済み", "Notified")]
    Notified,

    /// <summary>The welfare officer recommended the interview (勧奨).</summary>
    [Label("勧奨済み", "Recommended")]
    Recommended,

    /// <summary>The employee asked for the interview (needed for on-request tiers).</summary>
    [Label("申出あり", "Requested")]
    Requested,

    /// <summary>A physician and a date are set.</summary>
    [Label("日程決定", "Scheduled")]
    Scheduled,

    /// <summary>The physician recorded the interview and the opinion. Closed.</summary>
    [Label("実施済み", "Held")]
    Held,

    /// <summary>Closed without an interview, with the reason (seed 002 別添1 ウ). Closed.</summary>
    [Label("未実施", "Not held")]
    NotHeld,
}

/// <summary>Why an eligible employee was not interviewed: the reasons the MIC survey counts (seed 002 別添1 ウ).</summary>
public enum NotHeldReason
{
    /// <summary>面接指導を受ける必要がないと医師が判断した (incl. the exemption, 注1).</summary>
    [Label("面接指導を受ける必要がないと医師が判断した", "The physician judged it unnecessary")]
    PhysicianJudgedUnnecessary,

    /// <summary>通知・勧奨したが反応が無かった又は職員自身が必要ないと判断した.</summary>
    [Label("通知・勧奨したが反応が無かった又は職員自身が必要ないと判断した", "No response, or the employee judged it unnecessary")]
    NoResponseOrDeclined,

    /// <summary>業務多忙で面接時間を確保できなかった.</summary>
    [Label("業務多忙で面接時間を確保できなかった", "Too busy to make time for it")]
    TooBusy,

    [Label("その他", "Other")]
    Other,
}

/// <summary>
/// The physician's opinion after the interview (安衛法 66条の8 第4項・第5項 via seed 002 §2(1)): the work
/// measures (就業上の措置) with their period, whether another interview next month is unnecessary (feeds
/// the exemption), and a note. Only the measures that affect work are ever shown to the department head.
/// </summary>
public sealed record LongHoursOpinion(
    DateOnly HeldOn,
    bool ChangeOfPlace,
    bool ChangeOfDuties,
    bool Leave,
    bool ShorterHours,
    bool FewerNightShifts,
    double? OvertimeCapHours,
    bool OvertimeForbidden,
    DateOnly? MeasuresFrom,
    DateOnly? MeasuresTo,
    bool NoMeasuresNeeded,
    bool NextInterviewUnnecessary,
    string? Note,
    string IssuedBy,
    DateTimeOffset IssuedAt)
{
    public bool HasAnyMeasure => ChangeOfPlace || ChangeOfDuties || Leave || ShorterHours || FewerNightShifts || OvertimeCapHours is not null || OvertimeForbidden;

    /// <summary>The monthly overtime the opinion allows (0 when forbidden), or null when it sets no cap.</summary>
    public double? CapHours => OvertimeForbidden ? 0 : OvertimeCapHours;
}

/// <summary>
/// One employee's long-hours physician interview case for one month (seed 002 §2(1)): the hours that made
/// them eligible, the notification, request, recommendation, schedule, and the outcome — the physician's
/// opinion or the reason it was not held. Every step is tracked because the survey asks for it.
/// </summary>
public sealed class LongHoursInterview : IVersioned
{
    private LongHoursInterview()
    {
        EmployeeId = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The stored row version (docs/adr/0011); persistence sets it.</summary>
    public uint Version { get; private set; }

    public string EmployeeId { get; private set; }

    /// <summary>The employee's department in the evaluated month (the latest assignment in it).</summary>
    public string? DepartmentCode { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public double HealthOvertimeHours { get; private set; }

    public double? RollingAverageHours { get; private set; }

    public bool Mandatory { get; private set; }

    public string Tier { get; private set; } = string.Empty;

    /// <summary>Interviewed within the month before the reference date and judged unnecessary: closed at once as not held.</summary>
    public bool Exempt { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    /// <summary>The day the employee was told their hours.</summary>
    public DateOnly NotifiedOn { get; private set; }

    public LongHoursInterviewStatus Status { get; private set; }

    public DateTimeOffset? RequestedAt { get; private set; }

    public DateTimeOffset? RecommendedAt { get; private set; }

    public string? PhysicianId { get; private set; }

    public DateOnly? ScheduledOn { get; private set; }

    public LongHoursOpinion? Opinion { get; private set; }

    public NotHeldReason? NotHeldReason { get; private set; }

    public string? NotHeldNote { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsClosed => Status is LongHoursInterviewStatus.Held or LongHoursInterviewStatus.NotHeld;

    /// <summary>Opens the case of an employee whose hours reached a tier; an exempt employee's case is closed at once.</summary>
    public static LongHoursInterview Open(Guid id, string employeeId, string? departmentCode, int year, int month, EligibilityResult result, bool mandatory,
        DateTimeOffset now, DateOnly today)
    {
        var interview = new LongHoursInterview
        {
            Id = id,
            EmployeeId = employeeId,
            DepartmentCode = departmentCode,
            Year = year,
            Month = month,
            HealthOvertimeHours = result.HealthOvertimeHours,
            RollingAverageHours = result.RollingAverageHours,
            Mandatory = mandatory,
            Tier = result.Tier ?? string.Empty,
            Exempt = result.Exempt,
            EvaluatedAt = now,
            NotifiedOn = today,
            Status = LongHoursInterviewStatus.Notified,
        };
        if (result.Exempt)
        {
            interview.Status = LongHoursInterviewStatus.NotHeld;
            interview.NotHeldReason = Interviews.NotHeldReason.PhysicianJudgedUnnecessary;
            interview.ClosedAt = now;
        }

        return interview;
    }

    /// <summary>
    /// The day on which month <paramref name="month"/> is evaluated: the rule's reference day of the next
    /// month (clamped to its length).
    /// </summary>
    public static DateOnly ReferenceDate(InterviewRule rule, int year, int month)
    {
        var next = new DateOnly(year, month, 1).AddMonths(1);
        return new DateOnly(next.Year, next.Month, Math.Clamp(rule.ReferenceDay, 1, DateTime.DaysInMonth(next.Year, next.Month)));
    }

    /// <summary>
    /// The exemption (seed 002 別添1 ウ 注1, 労働安全衛生規則52条の2第1項): an interview held within one month before the
    /// reference date, whose physician judged another unnecessary.
    /// </summary>
    public static bool Exempts(LongHoursOpinion? opinion, DateOnly referenceDate) =>
        opinion is { NextInterviewUnnecessary: true } && opinion.HeldOn >= referenceDate.AddMonths(-1) && opinion.HeldOn < referenceDate;

    public void Request(DateTimeOffset now)
    {
        RequireOpen();
        RequestedAt ??= now;
        if (Status is LongHoursInterviewStatus.Notified or LongHoursInterviewStatus.Recommended)
        {
            Status = LongHoursInterviewStatus.Requested;
        }
    }

    public void Recommend(DateTimeOffset now)
    {
        RequireOpen();
        RecommendedAt = now;
        if (Status == LongHoursInterviewStatus.Notified)
        {
            Status = LongHoursInterviewStatus.Recommended;
        }
    }

    public void Schedule(string physicianId, DateOnly on)
    {
        RequireOpen();
        Require(Mandatory || RequestedAt is not null, OvertimeProblems.InterviewNotRequested);
        PhysicianId = physicianId;
        ScheduledOn = on;
        Status = LongHoursInterviewStatus.Scheduled;
    }

    public void RecordHeld(LongHoursOpinion opinion)
    {
        RequireOpen();
        Require(Status == LongHoursInterviewStatus.Scheduled, OvertimeProblems.InterviewNotScheduled);
        Require(!(opinion.NoMeasuresNeeded && opinion.HasAnyMeasure), OvertimeProblems.MeasuresContradict);
        Require(!(opinion.OvertimeForbidden && opinion.OvertimeCapHours is not null), OvertimeProblems.OvertimeCapAndForbidden);
        Require(opinion.CapHours is null || opinion.MeasuresFrom is not null, OvertimeProblems.MeasuresPeriodMissing);
        Require(opinion.MeasuresTo is null || (opinion.MeasuresFrom is { } from && opinion.MeasuresTo >= from), OvertimeProblems.MeasuresPeriodReversed);
        Opinion = opinion;
        Status = LongHoursInterviewStatus.Held;
        ClosedAt = opinion.IssuedAt;
    }

    public void RecordNotHeld(NotHeldReason reason, string? note, DateTimeOffset now)
    {
        RequireOpen();
        NotHeldReason = reason;
        NotHeldNote = note;
        Status = LongHoursInterviewStatus.NotHeld;
        ClosedAt = now;
    }

    private void RequireOpen() =>
        Require(!IsClosed, OvertimeProblems.InterviewClosed);

    private static void Require(bool condition, RuleCode code, LocalizedText? detail = null)
    {
        if (!condition)
        {
            throw new BusinessRuleViolationException(code, detail);
        }
    }
}
