namespace Welfare.Modules.Harassment.Domain.Complaints;

/// <summary>Who brought the complaint (運用通知 第7条関係 1).</summary>
public enum ComplaintSource
{
    /// <summary>The person harassed (被害を受けた本人).</summary>
    PersonHarassed,

    /// <summary>A third party who saw it and found it offensive ((1)).</summary>
    Witness,

    /// <summary>A person told by others that they are harassing ((2)).</summary>
    PersonToldTheyHarass,

    /// <summary>A supervisor consulted by their staff ((3)).</summary>
    SupervisorConsulted,
}

/// <summary>How urgent the complaint is, in view of the complainant's state (別紙第2 第2-2(2)).</summary>
public enum Urgency
{
    Low,
    Moderate,
    High,
}

/// <summary>How the recorded facts were confirmed with the person heard (第2-2(5): 書面で示したり、復唱したり).</summary>
public enum ConfirmationMethod
{
    InWriting,
    ReadBack,
}

public enum HearingKind
{
    /// <summary>The person said to have harassed, with the chance to explain (第2-3).</summary>
    Respondent,

    /// <summary>A third party, where the parties disagree on the facts (第2-4).</summary>
    ThirdParty,
}

/// <summary>How the case is handled after the intake (第2-3(1)).</summary>
public enum HandlingChoice
{
    /// <summary>The respondent is heard (the rule).</summary>
    Hearing,

    /// <summary>A minor, non-urgent case: the supervisor is asked to observe and guide instead.</summary>
    SupervisorObservation,
}

/// <summary>The responses of 別紙第2 第3.</summary>
public enum ComplaintActionType
{
    /// <summary>監督者等に対し、行為者に指導するよう要請する.</summary>
    SupervisorGuidance,

    /// <summary>行為者に対して直接注意する.</summary>
    DirectWarning,

    /// <summary>相談者に対して指導、助言等をする.</summary>
    AdviceToComplainant,

    /// <summary>当事者間のあっせん (e.g. an apology).</summary>
    Mediation,

    /// <summary>人事上必要な措置を講じるため、人事課との連携をとる.</summary>
    PersonnelReferral,
}

public enum ComplaintOutcome
{
    /// <summary>The conduct stopped or the parties reached a common understanding.</summary>
    Resolved,

    /// <summary>Handed to the personnel division for personnel measures.</summary>
    PersonnelMeasures,

    /// <summary>The facts did not show harassment; the complainant was advised.</summary>
    NotHarassment,

    /// <summary>The complainant withdrew.</summary>
    Withdrawn,
}

/// <summary>Why the personnel division was told against the complainant's wish (第2-6 / 第3-4).</summary>
public enum EmergencyReason
{
    PossibleSelfHarm,
    SeriousSituation,
}

public enum ComplaintStatus
{
    /// <summary>Received; the intake record is being written or read back.</summary>
    Intake,

    /// <summary>The intake record is confirmed; hearings and actions follow.</summary>
    InProgress,

    Closed,
}
