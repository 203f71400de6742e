using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Domain.Consultations;

/// <summary>
/// A consultation recorded by the supporter who held it (seed 000 第2). Its content is confidential: only
/// the recording supporter and the subject employee read it (第4-2(2)ウ); a coordinator sees only what the
/// supporter chooses to share in a guidance request.
/// </summary>
public sealed class Consultation : IVersioned
{
    private readonly List<ConsultationConsent> _consents = [];
    private readonly List<Referral> _referrals = [];
    private readonly List<SuperiorContact> _superiorContacts = [];

    private Consultation(Guid id, string supporterId, string departmentCode, SubjectKind subjectKind, string subjectEmployeeId, string? familyRelationship,
        ConsultationChannel channel, ConsultationCategory category, DateOnly openedOn, string content, DateTimeOffset recordedAt)
    {
        Id = id;
        SupporterId = supporterId;
        DepartmentCode = departmentCode;
        SubjectKind = subjectKind;
        SubjectEmployeeId = subjectEmployeeId;
        FamilyRelationship = familyRelationship;
        Channel = channel;
        Category = category;
        OpenedOn = openedOn;
        Content = content;
        Outcome = ConsultationOutcome.Ongoing;
        RecordedAt = recordedAt;
        UpdatedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The stored row version (docs/adr/0011); persistence sets it.</summary>
    public uint Version { get; private set; }

    /// <summary>The recording supporter: the only one who edits the record.</summary>
    public string SupporterId { get; private set; }

    /// <summary>The supporter's department when it was recorded: the department whose quarterly report counts it.</summary>
    public string DepartmentCode { get; private set; }

    public SubjectKind SubjectKind { get; private set; }

    /// <summary>The employee concerned: the subject, or the employee whose family member consulted.</summary>
    public string SubjectEmployeeId { get; private set; }

    public string? FamilyRelationship { get; private set; }

    public ConsultationChannel Channel { get; private set; }

    public ConsultationCategory Category { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public string Content { get; private set; }

    public ConsultationOutcome Outcome { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public UrgencyKind? Urgency { get; private set; }

    public DateTimeOffset? UrgentRaisedAt { get; private set; }

    public DateTimeOffset? UrgentActionDueAt { get; private set; }

    public DateTimeOffset? UrgentActionAt { get; private set; }

    public string? UrgentAction { get; private set; }

    public IReadOnlyList<ConsultationConsent> Consents => _consents;

    public IReadOnlyList<Referral> Referrals => _referrals;

    public IReadOnlyList<SuperiorContact> SuperiorContacts => _superiorContacts;

    /// <summary>
    /// The subject may read the record when they are the employee it is about; a family member cannot
    /// log in, and the employee must not read what their relative confided.
    /// </summary>
    public bool IsSubject(string employeeId) => SubjectKind == SubjectKind.Employee && SubjectEmployeeId == employeeId;

    public static Consultation Open(Guid id, string supporterId, string departmentCode, SubjectKind subjectKind, string subjectEmployeeId, string? familyRelationship,
        ConsultationChannel channel, ConsultationCategory category, DateOnly openedOn, string content, DateTimeOffset now)
    {
        EnsureInScope(category);
        return new Consultation(id, supporterId, departmentCode, subjectKind, subjectEmployeeId, subjectKind == SubjectKind.FamilyMember ? familyRelationship : null,
            channel, category, openedOn, content, now);
    }

    public void Update(ConsultationCategory category, string content, ConsultationOutcome outcome, DateTimeOffset now)
    {
        EnsureInScope(category);
        Category = category;
        Content = content;
        Outcome = outcome;
        UpdatedAt = now;
    }

    public ConsultationConsent RecordConsent(Guid id, ConsentPurpose purpose, string scope, DateOnly givenOn, string recordedBy, DateTimeOffset now)
    {
        var consent = new ConsultationConsent(id, purpose, scope, givenOn, recordedBy, now);
        _consents.Add(consent);
        UpdatedAt = now;
        return consent;
    }

    public ConsultationConsent WithdrawConsent(Guid consentId, DateTimeOffset now)
    {
        var consent = _consents.SingleOrDefault(c => c.Id == consentId)
            ?? throw new BusinessRuleViolationException(PeerSupportProblems.ConsentUnknown);
        consent.Withdraw(now);
        UpdatedAt = now;
        return consent;
    }

    /// <summary>Passes the matter on only with the subject's consent (第4-2(2)カ), telling them first when the counsellor is paid (第4-4(4)).</summary>
    public Referral Refer(Guid id, ReferralTarget target, Guid? externalCounselorId, bool counselorPaid, string? divisionName, bool costExplained, DateOnly referredOn, DateTimeOffset now)
    {
        var consent = ActiveConsent(ConsentPurpose.Referral) ?? throw new BusinessRuleViolationException(PeerSupportProblems.ReferralWithoutConsent);
        if (target == ReferralTarget.ExternalCounselor && counselorPaid && !costExplained)
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.ReferralCostNotExplained);
        }

        var referral = new Referral(id, target, externalCounselorId, divisionName, counselorPaid, costExplained, consent.Id, referredOn, now);
        _referrals.Add(referral);
        if (Outcome == ConsultationOutcome.Ongoing)
        {
            Outcome = ConsultationOutcome.Referred;
        }

        UpdatedAt = now;
        return referral;
    }

    /// <summary>The supporter contacts the superior only with consent; urging the subject to speak themselves needs none (第4-2(2)エ).</summary>
    public SuperiorContact RecordSuperiorContact(Guid id, SuperiorContactKind kind, DateOnly on, DateTimeOffset now)
    {
        Guid? consentId = null;
        if (kind == SuperiorContactKind.ContactedWithConsent)
        {
            consentId = (ActiveConsent(ConsentPurpose.SuperiorContact) ?? throw new BusinessRuleViolationException(PeerSupportProblems.SuperiorContactWithoutConsent))
                .Id;
        }

        var contact = new SuperiorContact(id, kind, consentId, on, now);
        _superiorContacts.Add(contact);
        UpdatedAt = now;
        return contact;
    }

    public void MarkUrgent(UrgencyKind kind, DateTimeOffset now, TimeSpan actionWithin)
    {
        if (Urgency is not null)
        {
            throw new ConflictException(PeerSupportProblems.ConsultationAlreadyUrgent);
        }

        Urgency = kind;
        UrgentRaisedAt = now;
        UrgentActionDueAt = now + actionWithin;
        if (Outcome is ConsultationOutcome.Ongoing or ConsultationOutcome.Referred)
        {
            Outcome = ConsultationOutcome.Escalated;
        }

        UpdatedAt = now;
    }

    public void RecordUrgentAction(string action, DateTimeOffset now)
    {
        if (Urgency is null)
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.ConsultationNotUrgent);
        }

        UrgentAction = action;
        UrgentActionAt ??= now;
        UpdatedAt = now;
    }

    private ConsultationConsent? ActiveConsent(ConsentPurpose purpose) => _consents.LastOrDefault(c => c.Purpose == purpose && c.WithdrawnAt is null);

    private static void EnsureInScope(ConsultationCategory category)
    {
        if (category == ConsultationCategory.WorkProcedures)
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.ConsultationOutOfScope);
        }
    }
}

/// <summary>The subject's consent: to what, when given, who recorded it, and whether withdrawn.</summary>
public sealed class ConsultationConsent(Guid id, ConsentPurpose purpose, string scope, DateOnly givenOn, string recordedBy, DateTimeOffset recordedAt)
{
    public Guid Id { get; private set; } = id;

    public ConsentPurpose Purpose { get; private set; } = purpose;

    /// <summary>What exactly the subject agreed to, in the supporter's words (e.g. which counsellor).</summary>
    public string Scope { get; private set; } = scope;

    public DateOnly GivenOn { get; private set; } = givenOn;

    public string RecordedBy { get; private set; } = recordedBy;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;

    public DateTimeOffset? WithdrawnAt { get; private set; }

    internal void Withdraw(DateTimeOffset now) => WithdrawnAt ??= now;
}

public sealed class Referral(Guid id, ReferralTarget target, Guid? externalCounselorId, string? divisionName, bool paid, bool costExplained, Guid consentId, DateOnly referredOn, DateTimeOffset recordedAt)
{
    public Guid Id { get; private set; } = id;

    public ReferralTarget Target { get; private set; } = target;

    public Guid? ExternalCounselorId { get; private set; } = externalCounselorId;

    public string? DivisionName { get; private set; } = divisionName;

    public bool Paid { get; private set; } = paid;

    public bool CostExplained { get; private set; } = costExplained;

    public Guid ConsentId { get; private set; } = consentId;

    public DateOnly ReferredOn { get; private set; } = referredOn;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}

public sealed class SuperiorContact(Guid id, SuperiorContactKind kind, Guid? consentId, DateOnly on, DateTimeOffset recordedAt)
{
    public Guid Id { get; private set; } = id;

    public SuperiorContactKind Kind { get; private set; } = kind;

    public Guid? ConsentId { get; private set; } = consentId;

    public DateOnly On { get; private set; } = on;

    public DateTimeOffset RecordedAt { get; private set; } = recordedAt;
}
