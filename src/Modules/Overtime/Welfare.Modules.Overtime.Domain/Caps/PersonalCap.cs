using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Caps;

public enum CapSource
{
    /// <summary>The physician's opinion after a long-hours interview of this module.</summary>
    [Label("長時間勤務者への面接指導", "Long-hours interview")]
    LongHoursInterview,

    /// <summary>A physician's opinion after a stress-check interview (StressCheck's event).</summary>
    [Label("ストレスチェック後の医師の意見", "Physician's opinion after the stress check")]
    StressCheckOpinion,

    /// <summary>The restriction after returning from a pre-return (ReturnToWork's event).</summary>
    [Label("職場復帰後の就業制限", "Restriction after returning to work")]
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
