using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Domain.Coordinators;

/// <summary>
/// A peer support coordinator (第4-3): at least one from the welfare division, others from any department
/// as needed; designated with Form 2. Coordinators advise supporters who ask for guidance.
/// </summary>
public sealed class CoordinatorDesignation
{
    public CoordinatorDesignation(Guid id, string employeeId, string departmentCode, bool inWelfareDivision, string contact, DateOnly designatedOn, string designatedBy, DateTimeOffset designatedAt)
    {
        Id = id;
        EmployeeId = employeeId;
        DepartmentCode = departmentCode;
        InWelfareDivision = inWelfareDivision;
        Contact = contact;
        DesignatedOn = designatedOn;
        DesignatedBy = designatedBy;
        DesignatedAt = designatedAt;
    }

    public Guid Id { get; private set; }

    public string EmployeeId { get; private set; }

    public string DepartmentCode { get; private set; }

    public bool InWelfareDivision { get; private set; }

    public string Contact { get; private set; }

    public DateOnly DesignatedOn { get; private set; }

    public string DesignatedBy { get; private set; }

    public DateTimeOffset DesignatedAt { get; private set; }

    /// <summary>The first day on which they are no longer a coordinator.</summary>
    public DateOnly? ReleasedOn { get; private set; }

    public string? ReleasedBy { get; private set; }

    public bool IsCurrentOn(DateOnly day) => DesignatedOn <= day && (ReleasedOn is null || day < ReleasedOn);

    public void Release(DateOnly releasedOn, string releasedBy)
    {
        if (ReleasedOn is not null)
        {
            throw new ConflictException(PeerSupportProblems.CoordinatorAlreadyReleased);
        }

        if (releasedOn < DesignatedOn)
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.ReleaseBeforeDesignation);
        }

        ReleasedOn = releasedOn;
        ReleasedBy = releasedBy;
    }
}
