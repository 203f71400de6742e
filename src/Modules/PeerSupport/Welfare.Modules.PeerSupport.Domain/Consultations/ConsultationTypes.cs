namespace Welfare.Modules.PeerSupport.Domain.Consultations;

/// <summary>The matters of seed 000 第2: (1) the workplace, (2) private life; and the excluded one.</summary>
public enum ConsultationCategory
{
    WorkplaceRelationships,
    WorkingEnvironment,
    Family,
    Relatives,
    Health,
    Childcare,
    Education,
    Care,

    /// <summary>異性: romantic and sexual relationships.</summary>
    Relationships,
    Housing,
    Money,
    Other,

    /// <summary>各種事務処理等、業務の遂行行為: outside peer support (第2 ただし書), always refused.</summary>
    WorkProcedures,
}

/// <summary>How the consultation started: the employee's or family member's request, or the supporter's outreach (気付き・声掛け).</summary>
public enum ConsultationChannel
{
    Request,
    Outreach,
}

/// <summary>Who the consultation is about: the employee, or a family member (who cannot log in).</summary>
public enum SubjectKind
{
    Employee,
    FamilyMember,
}

public enum ConsultationOutcome
{
    Ongoing,
    Resolved,
    Referred,
    Escalated,
}

/// <summary>What the subject agreed to (第4-2(2)エ, カ).</summary>
public enum ConsentPurpose
{
    /// <summary>Passing the matter to an external counsellor or a division.</summary>
    Referral,

    /// <summary>The supporter contacting the subject's superior directly.</summary>
    SuperiorContact,
}

public enum ReferralTarget
{
    ExternalCounselor,
    Division,
}

public enum SuperiorContactKind
{
    /// <summary>The supporter contacted the superior, with the subject's consent.</summary>
    ContactedWithConsent,

    /// <summary>The supporter urged the subject to speak to the superior themselves (第4-2(2)エ ただし書).</summary>
    UrgedSubjectToSpeak,
}

/// <summary>The two urgent matters of 第4-2(2)キ.</summary>
public enum UrgencyKind
{
    PossibleCrime,
    DangerToLifeOrBody,
}
