using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Domain.Consultations;

/// <summary>The matters of seed 000 第2: (1) the workplace, (2) private life; and the excluded one.</summary>
public enum ConsultationCategory
{
    [Label("職場の人間関係", "Workplace relationships")]
    WorkplaceRelationships,
    [Label("勤務環境", "Working environment")]
    WorkingEnvironment,
    [Label("家族", "Family")]
    Family,
    [Label("親族", "Relatives")]
    Relatives,
    [Label("健康", "Health")]
    Health,
    [Label("子育て", "Childcare")]
    Childcare,
    [Label("教育", "Education")]
    Education,
    [Label("介護", "Care")]
    Care,

    /// <summary>異性: romantic and sexual relationships.</summary>
    [Label("異性", "Romantic relationships")]
    Relationships,
    [Label("住宅", "Housing")]
    Housing,
    [Label("金銭", "Money")]
    Money,
    [Label("その他", "Other")]
    Other,

    /// <summary>各種事務処理等、業務の遂行行為: outside peer support (第2 ただし書), always refused.</summary>
    [Label("各種事務処理等、業務の遂行行為", "Work procedures")]
    WorkProcedures,
}

/// <summary>How the consultation started: the employee's or family member's request, or the supporter's outreach (気付き・声掛け).</summary>
public enum ConsultationChannel
{
    [Label("相談の申出", "Request")]
    Request,
    [Label("気付き・声掛け", "Outreach")]
    Outreach,
}

/// <summary>Who the consultation is about: the employee, or a family member (who cannot log in).</summary>
public enum SubjectKind
{
    [Label("職員", "Employee")]
    Employee,
    [Label("職員の家族", "Family member")]
    FamilyMember,
}

public enum ConsultationOutcome
{
    [Label("継続中", "Ongoing")]
    Ongoing,
    [Label("解決", "Resolved")]
    Resolved,
    [Label("取次ぎ・紹介", "Referred")]
    Referred,
    [Label("上申", "Escalated")]
    Escalated,
}

/// <summary>What the subject agreed to (第4-2(2)エ, カ).</summary>
public enum ConsentPurpose
{
    /// <summary>Passing the matter to an external counsellor or a division.</summary>
    [Label("取次ぎ・紹介", "Referral")]
    Referral,

    /// <summary>The supporter contacting the subject's superior directly.</summary>
    [Label("上司への連絡", "Contacting the superior")]
    SuperiorContact,
}

public enum ReferralTarget
{
    [Label("部外相談員", "External counsellor")]
    ExternalCounselor,
    [Label("関係課", "Division")]
    Division,
}

public enum SuperiorContactKind
{
    /// <summary>The supporter contacted the superior, with the subject's consent.</summary>
    [Label("同意を得て上司に連絡", "Contacted the superior with consent")]
    ContactedWithConsent,

    /// <summary>The supporter urged the subject to speak to the superior themselves (第4-2(2)エ ただし書).</summary>
    [Label("上司に申告するよう説得", "Urged them to tell the superior")]
    UrgedSubjectToSpeak,
}

/// <summary>The two urgent matters of 第4-2(2)キ.</summary>
public enum UrgencyKind
{
    [Label("刑罰法令に違反する行為", "Possible crime")]
    PossibleCrime,
    [Label("生命又は身体に危害が及ぶおそれ", "Danger to life or body")]
    DangerToLifeOrBody,
}
