using Welfare.SharedKernel;

namespace Welfare.Modules.Harassment.Domain.Complaints;

public enum FollowUpSubject
{
    [Label("相談者", "Complainant")]
    Complainant,
    [Label("ハラスメントを受けた本人", "The person harassed")]
    PersonHarassed,

    /// <summary>A third party who cooperated with the investigation (第3条: 調査への協力).</summary>
    [Label("調査に協力した第三者", "Witness")]
    Witness,
}

/// <summary>A check after closure that the complainant or a cooperating witness suffers no adverse treatment (第3条).</summary>
public sealed class FollowUpCheck(Guid id, FollowUpSubject subject, string employeeId, DateOnly dueOn)
{
    public Guid Id { get; private set; } = id;

    public FollowUpSubject Subject { get; private set; } = subject;

    public string EmployeeId { get; private set; } = employeeId;

    public DateOnly DueOn { get; private set; } = dueOn;

    public DateOnly? CheckedOn { get; private set; }

    public bool? AdverseTreatmentFound { get; private set; }

    public string? Note { get; private set; }

    public string? CheckedBy { get; private set; }

    internal void Record(DateOnly checkedOn, bool adverseTreatmentFound, string? note, string by)
    {
        if (CheckedOn is not null)
        {
            throw new ConflictException(HarassmentProblems.FollowUpDone);
        }

        CheckedOn = checkedOn;
        AdverseTreatmentFound = adverseTreatmentFound;
        Note = note?.Trim();
        CheckedBy = by;
    }
}

/// <summary>A request to another appointing authority to investigate its employee and guide them as needed (第5条3).</summary>
public sealed class AuthorityRequest(Guid id, string appointingAuthority, DateOnly requestedOn, string note, string requestedBy, DateTimeOffset recordedAt)
{
    public Guid Id { get; private set; } = id;

    public string AppointingAuthority { get; private set; } = appointingAuthority;

    public DateOnly RequestedOn { get; private set; } = requestedOn;

    public string Note { get; private set; } = note;

    public string RequestedBy { get; private set; } = requestedBy;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;

    public DateOnly? AnsweredOn { get; private set; }

    public string? Answer { get; private set; }

    internal void RecordAnswer(DateOnly on, string answer)
    {
        if (AnsweredOn is not null)
        {
            throw new ConflictException(HarassmentProblems.AuthorityAnswered);
        }

        AnsweredOn = on;
        Answer = answer;
    }
}
