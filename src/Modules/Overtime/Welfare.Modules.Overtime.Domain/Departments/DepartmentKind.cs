using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Departments;

public enum DepartmentKind
{
    /// <summary>自律部署: the default.</summary>
    [Label("通常の部署", "Standard department")]
    Standard,

    /// <summary>他律的業務の比重の高い部署: higher limits, designated with a reason, kept to the minimum (seed 002 §1(2)).</summary>
    [Label("他律的業務の比重の高い部署", "Other-driven department")]
    OtherDriven,
}

/// <summary>A period during which a department is designated other-driven, with why.</summary>
public sealed class OtherDrivenDesignation
{
    public OtherDrivenDesignation(Guid id, string departmentCode, DateOnly from, DateOnly? to, string reason, string designatedBy, DateTimeOffset designatedAt)
    {
        if (to < from)
        {
            throw new BusinessRuleViolationException(OvertimeProblems.DesignationPeriodReversed);
        }

        Id = id;
        DepartmentCode = departmentCode;
        From = from;
        To = to;
        Reason = reason;
        DesignatedBy = designatedBy;
        DesignatedAt = designatedAt;
    }

    public Guid Id { get; private set; }

    public string DepartmentCode { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>The last day of the designation (inclusive); null while open-ended.</summary>
    public DateOnly? To { get; private set; }

    public string Reason { get; private set; }

    public string DesignatedBy { get; private set; }

    public DateTimeOffset DesignatedAt { get; private set; }

    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);

    public bool Overlaps(DateOnly from, DateOnly? to) => From <= (to ?? DateOnly.MaxValue) && from <= (To ?? DateOnly.MaxValue);

    /// <summary>Ends an open designation the day before <paramref name="lastDay"/> + 1.</summary>
    public void EndOn(DateOnly lastDay)
    {
        if (lastDay < From)
        {
            throw new BusinessRuleViolationException(OvertimeProblems.DesignationEndBeforeStart);
        }

        To = lastDay;
    }
}
