using Welfare.SharedKernel;

namespace Welfare.Modules.Harassment.Domain.Complaints;

/// <summary>Who brought the complaint (運用通知 第7条関係 1).</summary>
public enum ComplaintSource
{
    /// <summary>The person harassed (被害を受けた本人).</summary>
    [Label("ハラスメントを受けた本人", "The person harassed")]
    PersonHarassed,

    /// <summary>A third party who saw it and found it offensive ((1)).</summary>
    [Label("ハラスメントを見て不快に感じた第三者", "A witness who found it offensive")]
    Witness,

    /// <summary>A person told by others that they are harassing ((2)).</summary>
    [Label("ハラスメントをしていると指摘された者", "A person told they are harassing")]
    PersonToldTheyHarass,

    /// <summary>A supervisor consulted by their staff ((3)).</summary>
    [Label("部下から相談を受けた監督者", "A supervisor consulted by their staff")]
    SupervisorConsulted,
}

/// <summary>How urgent the complaint is, in view of the complainant's state (別紙第2 第2-2(2)).</summary>
public enum Urgency
{
    [Label("低", "Low")]
    Low,
    [Label("中", "Moderate")]
    Moderate,
    [Label("高", "High")]
    High,
}

/// <summary>How the recorded facts were confirmed with the person heard (第2-2(5): 書面で示したり、復唱したり).</summary>
public enum ConfirmationMethod
{
    [Label("書面で確認", "In writing")]
    InWriting,
    [Label("読み上げて確認", "Read back")]
    ReadBack,
}

public enum HearingKind
{
    /// <summary>The person said to have harassed, with the chance to explain (第2-3).</summary>
    [Label("行為者とされる者", "Respondent")]
    Respondent,

    /// <summary>A third party, where the parties disagree on the facts (第2-4).</summary>
    [Label("第三者", "Third party")]
    ThirdParty,
}

/// <summary>How the case is handled after the intake (第2-3(1)).</summary>
public enum HandlingChoice
{
    /// <summary>The respondent is heard (the rule).</summary>
    [Label("事情聴取", "Hearing")]
    Hearing,

    /// <summary>A minor, non-urgent case: the supervisor is asked to observe and guide instead.</summary>
    [Label("監督者による観察・指導", "Observation and guidance by the supervisor")]
    SupervisorObservation,
}

/// <summary>The responses of 別紙第2 第3.</summary>
public enum ComplaintActionType
{
    /// <summary>監督者等に対し、行為者に指導するよう要請する.</summary>
    [Label("監督者等に対し、行為者に指導するよう要請", "Asking the supervisor to guide the respondent")]
    SupervisorGuidance,

    /// <summary>行為者に対して直接注意する.</summary>
    [Label("行為者に対し直接注意", "Warning the respondent directly")]
    DirectWarning,

    /// <summary>相談者に対して指導、助言等をする.</summary>
    [Label("相談者に対し指導、助言等", "Guidance and advice to the complainant")]
    AdviceToComplainant,

    /// <summary>当事者間のあっせん (e.g. an apology).</summary>
    [Label("当事者間のあっせん", "Mediation between the parties")]
    Mediation,

    /// <summary>人事上必要な措置を講じるため、人事課との連携をとる.</summary>
    [Label("人事課との連携", "Referral to the personnel division")]
    PersonnelReferral,
}

public enum ComplaintOutcome
{
    /// <summary>The conduct stopped or the parties reached a common understanding.</summary>
    [Label("解決", "Resolved")]
    Resolved,

    /// <summary>Handed to the personnel division for personnel measures.</summary>
    [Label("人事上の措置", "Personnel measures")]
    PersonnelMeasures,

    /// <summary>The facts did not show harassment; the complainant was advised.</summary>
    [Label("ハラスメントに該当しない", "Not harassment")]
    NotHarassment,

    /// <summary>The complainant withdrew.</summary>
    [Label("取下げ", "Withdrawn")]
    Withdrawn,
}

/// <summary>Why the personnel division was told against the complainant's wish (第2-6 / 第3-4).</summary>
public enum EmergencyReason
{
    [Label("自傷のおそれ", "Possible self-harm")]
    PossibleSelfHarm,
    [Label("重大な事態", "Serious situation")]
    SeriousSituation,
}

public enum ComplaintStatus
{
    /// <summary>Received; the intake record is being written or read back.</summary>
    [Label("受付", "Intake")]
    Intake,

    /// <summary>The intake record is confirmed; hearings and actions follow.</summary>
    [Label("対応中", "In progress")]
    InProgress,

    [Label("終結", "Closed")]
    Closed,
}
