using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.WorkingTime;

public enum RecordSource
{
    [Label("タイムカード", "Time card")]
    TimeCard,
    [Label("ICカード", "IC card")]
    IcCard,
    [Label("パソコンの使用時間の記録", "PC log")]
    PcLog,

    /// <summary>Only where no objective record is possible (seed 002 §1(1)).</summary>
    [Label("自己申告", "Self-report")]
    SelfReport,
}

/// <summary>
/// One span of presence on a working day: an objective record from an attendance system (time card, IC
/// card, PC log-on/off; idempotent by source and external id) or the employee's self-report. A span that
/// runs past midnight belongs to the day it started on.
/// </summary>
public sealed class WorkingTimeRecord
{
    /// <summary>No single span of work is longer than this (a record beyond it is a typing or clock error).</summary>
    public static readonly TimeSpan LongestSpan = TimeSpan.FromHours(24);

    public WorkingTimeRecord(string employeeId, RecordSource source, string? externalId, DateOnly workDate, DateTimeOffset startedAt, DateTimeOffset endedAt, string recordedBy, DateTimeOffset recordedAt)
    {
        if (Problem(workDate, startedAt, endedAt) is { } problem)
        {
            throw new BusinessRuleViolationException(problem);
        }

        EmployeeId = employeeId;
        Source = source;
        ExternalId = externalId;
        WorkDate = workDate;
        // Stored as instants; the work date carries the day in Japan.
        StartedAt = startedAt.ToUniversalTime();
        EndedAt = endedAt.ToUniversalTime();
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public long Id { get; private set; }

    public string EmployeeId { get; private set; }

    public RecordSource Source { get; private set; }

    /// <summary>The attendance system's id of the record; null for self-reports.</summary>
    public string? ExternalId { get; private set; }

    public DateOnly WorkDate { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset EndedAt { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public bool IsObjective => Source != RecordSource.SelfReport;

    /// <summary>Why a span cannot be a record (also used row by row by bulk imports), or null.</summary>
    public static RuleCode? Problem(DateOnly workDate, DateTimeOffset startedAt, DateTimeOffset endedAt)
    {
        if (endedAt <= startedAt)
        {
            return OvertimeProblems.RecordReversed;
        }

        if (endedAt - startedAt > LongestSpan)
        {
            return OvertimeProblems.RecordTooLong;
        }

        if (JapanTime.DayOf(startedAt) != workDate)
        {
            return OvertimeProblems.RecordDateMismatch;
        }

        return null;
    }

    public bool Overlaps(DateTimeOffset startedAt, DateTimeOffset endedAt) => StartedAt < endedAt && startedAt < EndedAt;
}

/// <summary>
/// The corrected time of one working day, where the order or self-report and the objective record
/// diverge (seed 002 §1(1)): who, when and why are kept; the latest correction is what every evaluation
/// uses, and earlier ones stay as history.
/// </summary>
public sealed class WorkingTimeCorrection
{
    public WorkingTimeCorrection(Guid id, string employeeId, DateOnly workDate, DateTimeOffset startedAt, DateTimeOffset endedAt, string reason, string correctedBy, DateTimeOffset correctedAt)
    {
        if (WorkingTimeRecord.Problem(workDate, startedAt, endedAt) is { } problem)
        {
            throw new BusinessRuleViolationException(problem);
        }

        Id = id;
        EmployeeId = employeeId;
        WorkDate = workDate;
        StartedAt = startedAt.ToUniversalTime();
        EndedAt = endedAt.ToUniversalTime();
        Reason = reason;
        CorrectedBy = correctedBy;
        CorrectedAt = correctedAt;
    }

    public Guid Id { get; private set; }

    public string EmployeeId { get; private set; }

    public DateOnly WorkDate { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset EndedAt { get; private set; }

    public string Reason { get; private set; }

    public string CorrectedBy { get; private set; }

    public DateTimeOffset CorrectedAt { get; private set; }
}

/// <summary>Which span a day's overtime was derived from.</summary>
public enum DayBasis
{
    [Label("客観的な記録", "Objective record")]
    Objective,
    [Label("自己申告", "Self-report")]
    SelfReport,
    [Label("補正後の記録", "Corrected record")]
    Corrected,
}

/// <summary>
/// One employee's working day as derived from records, corrections, schedule and orders (kept up to date
/// by the module as records arrive, set-based, see the persistence layer): the spans of each kind, the
/// ordered minutes, and the effective working and overtime minutes every evaluation uses.
/// </summary>
public sealed class DailyOvertime
{
    private DailyOvertime()
    {
    }

    public string EmployeeId { get; private set; } = "";

    public DateOnly WorkDate { get; private set; }

    public string? DepartmentCode { get; private set; }

    public bool IsWorkingDay { get; private set; }

    public DateTimeOffset? ObjectiveStart { get; private set; }

    public DateTimeOffset? ObjectiveEnd { get; private set; }

    public int? ObjectiveOvertimeMinutes { get; private set; }

    public DateTimeOffset? SelfReportStart { get; private set; }

    public DateTimeOffset? SelfReportEnd { get; private set; }

    public int? SelfReportOvertimeMinutes { get; private set; }

    public DateTimeOffset? CorrectedStart { get; private set; }

    public DateTimeOffset? CorrectedEnd { get; private set; }

    public int OrderedMinutes { get; private set; }

    public DayBasis Basis { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public DateTimeOffset End { get; private set; }

    public int WorkedMinutes { get; private set; }

    public int OvertimeMinutes { get; private set; }
}

/// <summary>The month's sums of <see cref="DailyOvertime"/> for one employee, kept with the days.</summary>
public sealed class MonthlyOvertime
{
    private MonthlyOvertime()
    {
    }

    public string EmployeeId { get; private set; } = "";

    public int Year { get; private set; }

    public int Month { get; private set; }

    public int OvertimeMinutes { get; private set; }

    public int WorkedMinutes { get; private set; }

    public int DaysWorked { get; private set; }

    public double OvertimeHours => Math.Round(OvertimeMinutes / 60.0, 2);

    public double WorkedHours => Math.Round(WorkedMinutes / 60.0, 2);
}

/// <summary>A day off of the employer's own (year-end, the prefecture's day); weekends and national holidays need no row.</summary>
public sealed class Holiday(DateOnly date, string name)
{
    public DateOnly Date { get; private set; } = date;

    public string Name { get; private set; } = name;

    public void Rename(string name) => Name = name;
}
