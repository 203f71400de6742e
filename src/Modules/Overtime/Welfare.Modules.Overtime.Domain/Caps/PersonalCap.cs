namespace Welfare.Modules.Overtime.Domain.Caps;

public enum CapSource
{
    /// <summary>The physician's opinion after a long-hours interview of this module.</summary>
    LongHoursInterview,

    /// <summary>A physician's opinion after a stress-check interview (StressCheck's event).</summary>
    StressCheckOpinion,

    /// <summary>The restriction after returning from a pre-return (ReturnToWork's event).</summary>
    PostReturn,
}

/// <summary>
/// A cap on one employee's overtime for a period (0 hours = no overtime). It carries where it came from,
/// never the medical reason: the employee and the department head see it as it is.
/// </summary>
public sealed class PersonalCap(Guid id, string employeeId, DateOnly from, DateOnly? to, double monthlyHours, CapSource source, string sourceReference, DateTimeOffset setAt)
{
    public Guid Id { get; private set; } = id;

    public string EmployeeId { get; private set; } = employeeId;

    public DateOnly From { get; private set; } = from;

    /// <summary>The last day (inclusive); null while open-ended.</summary>
    public DateOnly? To { get; private set; } = to;

    public double MonthlyHours { get; private set; } = monthlyHours;

    public CapSource Source { get; private set; } = source;

    /// <summary>Id of the interview or event that set it (idempotency).</summary>
    public string SourceReference { get; private set; } = sourceReference;

    public DateTimeOffset SetAt { get; private set; } = setAt;

    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);
}
