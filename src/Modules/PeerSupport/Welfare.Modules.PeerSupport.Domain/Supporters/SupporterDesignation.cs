using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Domain.Supporters;

/// <summary>
/// A peer supporter of a workplace, designated by the department head from the department's own staff
/// (第4-2(1)) and released by them; the contact is what the department's employees are told (第4-5(2)).
/// </summary>
public sealed class SupporterDesignation
{
    public SupporterDesignation(Guid id, Guid workplaceId, string departmentCode, string employeeId, string contact, DateOnly designatedOn, string designatedBy, DateTimeOffset designatedAt)
    {
        Id = id;
        WorkplaceId = workplaceId;
        DepartmentCode = departmentCode;
        EmployeeId = employeeId;
        Contact = contact;
        DesignatedOn = designatedOn;
        DesignatedBy = designatedBy;
        DesignatedAt = designatedAt;
    }

    public Guid Id { get; private set; }

    public Guid WorkplaceId { get; private set; }

    public string DepartmentCode { get; private set; }

    public string EmployeeId { get; private set; }

    public string Contact { get; private set; }

    public DateOnly DesignatedOn { get; private set; }

    public string DesignatedBy { get; private set; }

    public DateTimeOffset DesignatedAt { get; private set; }

    /// <summary>The first day on which they are no longer a supporter.</summary>
    public DateOnly? ReleasedOn { get; private set; }

    public string? ReleasedBy { get; private set; }

    public string? ReleaseReason { get; private set; }

    public bool IsCurrentOn(DateOnly day) => DesignatedOn <= day && (ReleasedOn is null || day < ReleasedOn);

    public void Release(DateOnly releasedOn, string? reason, string releasedBy)
    {
        if (ReleasedOn is not null)
        {
            throw new ConflictException(PeerSupportProblems.SupporterAlreadyReleased);
        }

        if (releasedOn < DesignatedOn)
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.ReleaseBeforeDesignation);
        }

        ReleasedOn = releasedOn;
        ReleaseReason = reason;
        ReleasedBy = releasedBy;
    }
}
