using Welfare.SharedKernel;

namespace Welfare.Modules.Harassment.Domain.Counselors;

/// <summary>Recorded so that a complainant can ask for a counsellor of a given sex (別紙第2 第2-1(2)).</summary>
public enum CounselorSex
{
    [Label("女性", "Female")]
    Female,
    [Label("男性", "Male")]
    Male,
}

/// <summary>
/// An employee designated by the welfare officer to receive complaints (第7条 相談員). A release ends the
/// designation and with it every access to the complaints the counsellor was assigned to.
/// </summary>
public sealed class HarassmentCounselor(Guid id, string employeeId, CounselorSex sex, DateOnly designatedOn, string designatedBy, DateTimeOffset designatedAt)
{
    public Guid Id { get; private set; } = id;

    public string EmployeeId { get; private set; } = employeeId;

    public CounselorSex Sex { get; private set; } = sex;

    public DateOnly DesignatedOn { get; private set; } = designatedOn;

    public string DesignatedBy { get; private set; } = designatedBy;

    public DateTimeOffset DesignatedAt { get; private set; } = designatedAt;

    public DateOnly? ReleasedOn { get; private set; }

    public bool IsActiveOn(DateOnly day) => DesignatedOn <= day && (ReleasedOn is null || day < ReleasedOn);

    public void Release(DateOnly on) => ReleasedOn = on < DesignatedOn ? DesignatedOn : on;
}

/// <summary>One place and its consultation hours, published to every employee (第7条: 日時及び場所を指定…職員に対して明示).</summary>
public sealed class ConsultationDeskEntry(Guid id, int position, string place, string hours, string? contact, string? note)
{
    public Guid Id { get; private set; } = id;

    public int Position { get; private set; } = position;

    public string Place { get; private set; } = place;

    public string Hours { get; private set; } = hours;

    public string? Contact { get; private set; } = contact;

    public string? Note { get; private set; } = note;
}
