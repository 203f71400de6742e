using Welfare.Modules.Overtime.Domain.Limits;

namespace Welfare.Modules.Overtime.Domain.Evaluations;

/// <summary>
/// A month closed on the reference day: the rule set in force then and each employee's evaluation are
/// kept as they were, so a later rule set never rewrites them.
/// </summary>
public sealed class MonthClose(int year, int month, Guid? ruleSetId, string closedBy, DateTimeOffset closedAt, int employees)
{
    public int Year { get; private set; } = year;

    public int Month { get; private set; } = month;

    /// <summary>The rule set applied; null when the national defaults applied.</summary>
    public Guid? RuleSetId { get; private set; } = ruleSetId;

    public string ClosedBy { get; private set; } = closedBy;

    public DateTimeOffset ClosedAt { get; private set; } = closedAt;

    public int Employees { get; private set; } = employees;
}

public sealed class ClosedEvaluation(string employeeId, string? departmentCode, int year, int month, double overtimeHours, LimitsEvaluation evaluation)
{
    public string EmployeeId { get; private set; } = employeeId;

    public string? DepartmentCode { get; private set; } = departmentCode;

    public int Year { get; private set; } = year;

    public int Month { get; private set; } = month;

    public double OvertimeHours { get; private set; } = overtimeHours;

    public bool AnyExceeded { get; private set; } = evaluation.AnyExceeded;

    public int? HighestWarning { get; private set; } = evaluation.HighestWarning;

    public LimitsEvaluation Evaluation { get; private set; } = evaluation;
}
