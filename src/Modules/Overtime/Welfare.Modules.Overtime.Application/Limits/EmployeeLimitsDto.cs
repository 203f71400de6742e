using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Limits;
using Welfare.Modules.Overtime.Domain.Rules;

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
    IReadOnlyList<LimitStatusDto> Limits)
{
    public static EmployeeLimitsDto From(string employeeId, string? departmentCode, LimitsEvaluation e, bool closed) =>
        new(employeeId, departmentCode, e.Year, e.Month, e.FiscalYear, e.Kind, e.Transitional, closed,
            e.Limits.First(l => l.Limit == "month").Hours, e.AnyExceeded, e.HighestWarning,
            [.. e.Limits.Select(l => new LimitStatusDto(l.Limit, l.Hours, l.LimitHours, l.Comparison, l.Exceeded, l.Remaining, l.WarningPercentage))]);
}

/// <summary>One limit as it stands: hours against it, whether it is exceeded, what remains, the warning tier reached.</summary>
public sealed record LimitStatusDto(string Limit, double Hours, double LimitHours, LimitComparison Comparison, bool Exceeded, double Remaining, int? WarningPercentage);
