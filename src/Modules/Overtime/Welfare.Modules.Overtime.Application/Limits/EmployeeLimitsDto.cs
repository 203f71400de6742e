using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Limits;

namespace Welfare.Modules.Overtime.Application.Limits;

/// <summary>
/// An employee's standing against every limit in a month: hours, what remains of each limit, the warning
/// tier reached. <see cref="Closed"/>: the month was closed and this is the evaluation kept then.
/// </summary>
public sealed record EmployeeLimitsDto(
    string EmployeeId,
    string? DepartmentCode,
    int Year,
    int Month,
    int FiscalYear,
    DepartmentKind Kind,
    bool Transitional,
    bool Closed,
    double OvertimeHours,
    bool AnyExceeded,
    int? HighestWarning,
    IReadOnlyList<LimitStatus> Limits)
{
    public static EmployeeLimitsDto From(string employeeId, string? departmentCode, LimitsEvaluation e, bool closed) =>
        new(employeeId, departmentCode, e.Year, e.Month, e.FiscalYear, e.Kind, e.Transitional, closed,
            e.Limits.First(l => l.Limit == "month").Hours, e.AnyExceeded, e.HighestWarning, e.Limits);
}
