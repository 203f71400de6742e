using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Domain.Supporters;

public enum DesignationChange
{
    [Label("指名", "Designation")]
    Designation,
    [Label("解除", "Release")]
    Release,
}

/// <summary>Which numbered form of seed 000 a notice is.</summary>
public enum NoticeForm
{
    /// <summary>別記様式第1号 ピアサポーター指名通知書.</summary>
    [Label("ピアサポーター指名通知書", "Peer supporter designation notice")]
    SupporterNotice = 1,

    /// <summary>別記様式第2号 ピアサポート・コーディネーター指名通知書.</summary>
    [Label("ピアサポート・コーディネーター指名通知書", "Coordinator designation notice")]
    CoordinatorNotice = 2,
}

/// <summary>The notice handed to the designated (or released) person: Form 1 for supporters, Form 2 for coordinators.</summary>
public sealed class DesignationNotice(
    Guid id, NoticeForm form, DesignationChange change, Guid designationId, string employeeId, string departmentCode, Guid? workplaceId,
    DateOnly effectiveOn, string issuedBy, DateTimeOffset issuedAt)
{
    public Guid Id { get; private set; } = id;

    public NoticeForm Form { get; private set; } = form;

    public DesignationChange Change { get; private set; } = change;

    public Guid DesignationId { get; private set; } = designationId;

    public string EmployeeId { get; private set; } = employeeId;

    public string DepartmentCode { get; private set; } = departmentCode;

    public Guid? WorkplaceId { get; private set; } = workplaceId;

    public DateOnly EffectiveOn { get; private set; } = effectiveOn;

    public string IssuedBy { get; private set; } = issuedBy;

    public DateTimeOffset IssuedAt { get; private set; } = issuedAt;
}

/// <summary>One line of Form 3: a supporter of the department current on the report's day.</summary>
public sealed record ReportedSupporter(string EmployeeId, Guid WorkplaceId, string WorkplaceName, string Contact, DateOnly DesignatedOn);

/// <summary>
/// Form 3 (ピアサポーター指名・解除報告書): after each designation or release, the department reports
/// all its current supporters to the welfare division (第4-5(1)). A snapshot, never edited.
/// </summary>
public sealed class DesignationReport(
    Guid id, string departmentCode, DesignationChange change, string changedEmployeeId, DateOnly effectiveOn,
    IReadOnlyList<ReportedSupporter> supporters, string reportedBy, DateTimeOffset reportedAt)
{
    public Guid Id { get; private set; } = id;

    public string DepartmentCode { get; private set; } = departmentCode;

    public DesignationChange Change { get; private set; } = change;

    public string ChangedEmployeeId { get; private set; } = changedEmployeeId;

    public DateOnly EffectiveOn { get; private set; } = effectiveOn;

    public IReadOnlyList<ReportedSupporter> Supporters { get; private set; } = supporters;

    public string ReportedBy { get; private set; } = reportedBy;

    public DateTimeOffset ReportedAt { get; private set; } = reportedAt;
}
