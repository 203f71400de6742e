using Welfare.Modules.Harassment.Domain.Kinds;

namespace Welfare.Modules.Harassment.Domain.Complaints;

/// <summary>One kind named by a complaint, with a sub-kind for pregnancy, childbirth, childcare or family-care harassment.</summary>
public sealed class ComplaintKind(HarassmentKind kind, HarassmentSubKind? subKind)
{
    public long Id { get; private set; }

    public HarassmentKind Kind { get; private set; } = kind;

    public HarassmentSubKind? SubKind { get; private set; } = subKind;
}

/// <summary>A counsellor assigned to a complaint; the record is sealed to them.</summary>
public sealed class CounselorAssignment(string counselorEmployeeId, DateTimeOffset assignedAt, string assignedBy)
{
    public long Id { get; private set; }

    public string CounselorEmployeeId { get; private set; } = counselorEmployeeId;

    public DateTimeOffset AssignedAt { get; private set; } = assignedAt;

    public string AssignedBy { get; private set; } = assignedBy;

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsActive => EndedAt is null;

    internal void End(DateTimeOffset at) => EndedAt = at;
}

/// <summary>The facts a complainant gave (別紙第2 第2-2), as one immutable version.</summary>
public sealed record IntakeFacts(
    bool WantsFutureConductStopped,
    bool WantsRemedyForPastConduct,
    string? WishNote,
    Urgency Urgency,
    string ComplainantState,
    string Relationship,
    string WhenOccurred,
    string WhereOccurred,
    string HowOccurred,
    string ComplainantResponse,
    bool SupervisorConsulted,
    string? SupervisorConsultationNote,
    bool KnownOnlyToParties,
    string? Witnesses);

/// <summary>
/// One version of the intake record. A version is never changed: a redraft before read-back or a
/// correction after it is a new version; confirmation marks the version the complainant confirmed.
/// </summary>
public sealed class IntakeRecord(int version, IntakeFacts facts, string? correctionNote, string recordedBy, DateTimeOffset recordedAt)
{
    private IntakeRecord()
        : this(0, null!, null, string.Empty, default)
    {
    }

    public long Id { get; private set; }

    public int Version { get; private set; } = version;

    public IntakeFacts Facts { get; private set; } = facts;

    public string? CorrectionNote { get; private set; } = correctionNote;

    public string RecordedBy { get; private set; } = recordedBy;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public ConfirmationMethod? ConfirmationMethod { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    internal void Confirm(ConfirmationMethod method, string by, DateTimeOffset at)
    {
        ConfirmationMethod = method;
        ConfirmedBy = by;
        ConfirmedAt = at;
    }
}

/// <summary>One version of the record of a hearing (別紙第2 第2-3, 第2-4); versions are appended like the intake's.</summary>
public sealed class HearingRecord(
    Guid hearingId, int version, HearingKind kind, string subjectEmployeeId, DateOnly heldOn, string account,
    bool explanationOffered, string? explanation, bool disputesFacts, string? correctionNote, string recordedBy, DateTimeOffset recordedAt)
{
    public long Id { get; private set; }

    public Guid HearingId { get; private set; } = hearingId;

    public int Version { get; private set; } = version;

    public HearingKind Kind { get; private set; } = kind;

    public string SubjectEmployeeId { get; private set; } = subjectEmployeeId;

    public DateOnly HeldOn { get; private set; } = heldOn;

    /// <summary>What the person heard said.</summary>
    public string Account { get; private set; } = account;

    /// <summary>The respondent was given the full chance to explain (第2-3(2)).</summary>
    public bool ExplanationOffered { get; private set; } = explanationOffered;

    /// <summary>The respondent's explanation, as given.</summary>
    public string? Explanation { get; private set; } = explanation;

    /// <summary>The person heard disputes the complainant's facts (then third parties may be heard).</summary>
    public bool DisputesFacts { get; private set; } = disputesFacts;

    public string? CorrectionNote { get; private set; } = correctionNote;

    public string RecordedBy { get; private set; } = recordedBy;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public ConfirmationMethod? ConfirmationMethod { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    internal void Confirm(ConfirmationMethod method, string by, DateTimeOffset at)
    {
        ConfirmationMethod = method;
        ConfirmedBy = by;
        ConfirmedAt = at;
    }
}

/// <summary>A response taken (別紙第2 第3).</summary>
public sealed class ComplaintAction(Guid id, int step, ComplaintActionType type, DateOnly takenOn, string note, bool complainantConsented, string recordedBy, DateTimeOffset recordedAt)
{
    public Guid Id { get; private set; } = id;

    /// <summary>Order among the complaint's actions and notices (timestamps may tie).</summary>
    public int Step { get; private set; } = step;

    public ComplaintActionType Type { get; private set; } = type;

    public DateOnly TakenOn { get; private set; } = takenOn;

    public string Note { get; private set; } = note;

    public bool ComplainantConsented { get; private set; } = complainantConsented;

    public string RecordedBy { get; private set; } = recordedBy;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}

/// <summary>The complainant was told what was done (第2-5 相談者に対する説明).</summary>
public sealed class ComplainantNotice(Guid id, int step, DateOnly toldOn, string note, string recordedBy, DateTimeOffset recordedAt)
{
    public Guid Id { get; private set; } = id;

    /// <summary>Order among the complaint's actions and notices (timestamps may tie).</summary>
    public int Step { get; private set; } = step;

    public DateOnly ToldOn { get; private set; } = toldOn;

    public string Note { get; private set; } = note;

    public string RecordedBy { get; private set; } = recordedBy;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}

/// <summary>The personnel division was told because of an emergency, even against the complainant's wish (第2-6).</summary>
public sealed class EmergencyNotice(Guid id, EmergencyReason reason, bool complainantObjected, DateOnly notifiedOn, string note, string recordedBy, DateTimeOffset recordedAt)
{
    public Guid Id { get; private set; } = id;

    public EmergencyReason Reason { get; private set; } = reason;

    /// <summary>The complainant did not want the personnel division told; the notice says so.</summary>
    public bool ComplainantObjected { get; private set; } = complainantObjected;

    public DateOnly NotifiedOn { get; private set; } = notifiedOn;

    public string Note { get; private set; } = note;

    public string RecordedBy { get; private set; } = recordedBy;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}
