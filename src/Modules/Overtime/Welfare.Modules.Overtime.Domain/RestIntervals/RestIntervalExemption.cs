using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.RestIntervals;

public enum ExemptionKind
{
    [Label("業務上の必要", "Business necessity")]
    BusinessNecessity,

    /// <summary>The employee asked, e.g. for family reasons.</summary>
    [Label("職員の申出", "Employee's request")]
    EmployeeRequest,
}

/// <summary>A day on which the rest interval did not apply, approved by the department head with the reason (reported with it).</summary>
public sealed class RestIntervalExemption(Guid id, string employeeId, DateOnly workDate, ExemptionKind kind, string reason, string approvedBy, DateTimeOffset approvedAt)
{
    public Guid Id { get; private set; } = id;

    public string EmployeeId { get; private set; } = employeeId;

    public DateOnly WorkDate { get; private set; } = workDate;

    public ExemptionKind Kind { get; private set; } = kind;

    public string Reason { get; private set; } = reason;

    public string ApprovedBy { get; private set; } = approvedBy;

    public DateTimeOffset ApprovedAt { get; private set; } = approvedAt;
}
