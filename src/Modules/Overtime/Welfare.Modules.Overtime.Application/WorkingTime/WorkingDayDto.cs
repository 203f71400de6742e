using Welfare.Modules.Overtime.Domain.WorkingTime;

namespace Welfare.Modules.Overtime.Application.WorkingTime;

/// <summary>One working day: the spans of each kind, what was ordered, and the time every evaluation uses.</summary>
public sealed record WorkingDayDto(
    string EmployeeId,
    DateOnly WorkDate,
    string? DepartmentCode,
    bool IsWorkingDay,
    DayBasis Basis,
    DateTimeOffset Start,
    DateTimeOffset End,
    double WorkedHours,
    double OvertimeHours,
    double OrderedHours,
    DateTimeOffset? ObjectiveStart,
    DateTimeOffset? ObjectiveEnd,
    double? ObjectiveOvertimeHours,
    DateTimeOffset? SelfReportStart,
    DateTimeOffset? SelfReportEnd,
    double? SelfReportOvertimeHours,
    DateTimeOffset? CorrectedStart,
    DateTimeOffset? CorrectedEnd)
{
    public static WorkingDayDto From(DailyOvertime d) => new(
        d.EmployeeId, d.WorkDate, d.DepartmentCode, d.IsWorkingDay, d.Basis, d.Start, d.End, Hours(d.WorkedMinutes), Hours(d.OvertimeMinutes), Hours(d.OrderedMinutes),
        d.ObjectiveStart, d.ObjectiveEnd, Hours(d.ObjectiveOvertimeMinutes), d.SelfReportStart, d.SelfReportEnd, Hours(d.SelfReportOvertimeMinutes), d.CorrectedStart, d.CorrectedEnd);

    public static double Hours(int minutes) => Math.Round(minutes / 60.0, 2);

    public static double? Hours(int? minutes) => minutes is { } m ? Hours(m) : null;
}
