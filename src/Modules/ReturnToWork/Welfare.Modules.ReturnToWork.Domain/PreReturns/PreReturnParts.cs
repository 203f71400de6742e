using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Domain.PreReturns;

public enum PreReturnStatus
{
    /// <summary>Opened by the department head or physician; the briefing (art. 8) is being given.</summary>
    [Label("教示中", "Briefing")]
    Briefing,

    /// <summary>The employee applied with the certificate and the consents (art. 12(1)).</summary>
    [Label("申出済み", "Applied")]
    Applied,

    /// <summary>The department head drafted the plan (art. 11, Form 3).</summary>
    [Label("実施計画作成済み", "Plan drafted")]
    Planned,

    /// <summary>The occupational physician interviewed the applicant and gave an opinion (art. 12(3)).</summary>
    [Label("健康管理医審査済み", "Reviewed by the occupational physician")]
    Reviewed,

    /// <summary>The director approved (art. 12(4), Form 4); a support officer is yet to be designated.</summary>
    [Label("実施決定", "Approved")]
    Approved,

    [Label("実施しない決定", "Rejected")]
    Rejected,

    /// <summary>A support officer is designated (art. 12(5)): the programme runs.</summary>
    [Label("実施中", "In progress")]
    InProgress,

    /// <summary>Ended as planned and reported (art. 15).</summary>
    [Label("終了", "Completed")]
    Completed,

    /// <summary>Stopped by the director's decision on a cancellation request (art. 14).</summary>
    [Label("中止", "Cancelled")]
    Cancelled,

    /// <summary>The employee withdrew before the programme began: it is voluntary (art. 8(2)(1)).</summary>
    [Label("取下げ", "Withdrawn")]
    Withdrawn,
}

/// <summary>The points of the briefing (教示, art. 8(2) and 8(3)).</summary>
public enum BriefingPoint
{
    /// <summary>8(2)(1) voluntary, at the employee's wish, not a duty.</summary>
    [Label("職員本人の希望により実施するものであり、義務ではないこと", "It is voluntary, at the employee's wish, not a duty")]
    Voluntary,

    /// <summary>8(2)(2) not a push to return.</summary>
    [Label("職場復帰を催促するものではないこと", "It is not a push to return")]
    NotAPushToReturn,

    /// <summary>8(2)(3) the attending physician's judgement is needed.</summary>
    [Label("主治医の判断が必要なこと", "The attending physician's judgement is needed")]
    AttendingPhysicianJudgementNeeded,

    /// <summary>8(2)(4) the employee may consult before obtaining a certificate.</summary>
    [Label("希望があれば診断書をとる前に相談することも可能であること", "The employee may consult before obtaining a certificate")]
    ConsultBeforeCertificate,

    /// <summary>8(3)(1) the programme may not start, or may stop, when the department cannot support it.</summary>
    [Label("所属において十分な体制がとれない場合には、開始しないこと又は中止することがあること", "It may not start, or may stop, when the department cannot support it")]
    MayNotStartOrMayStop,

    /// <summary>8(3)(2) no pay beyond what is paid during leave.</summary>
    [Label("休職等職員に対して支給される給与等以外は、いかなる給与も支給されないこと", "No pay beyond what is paid during leave")]
    NoPayBeyondLeavePay,

    /// <summary>8(3)(3) accidents are not covered by public accident compensation but by the employer's accident insurance.</summary>
    [Label("実施期間中の災害は原則として公務災害補償の対象とならないが、傷害保険契約の適用を受けられること", "Accidents are not covered by public accident compensation but by the employer's accident insurance")]
    AccidentInsuranceNotPublicCompensation,
}

/// <summary>The auxiliary kinds of work a plan may contain (art. 11(2)(2)); contact with the public is never one of them.</summary>
public enum PlanTask
{
    [Label("資料の収集及び整理", "Collecting and organising material")]
    CollectingAndOrganisingMaterial,
    [Label("パソコンの入力作業", "Data entry on a PC")]
    PcDataEntry,
    [Label("書類作成", "Preparing documents")]
    PreparingDocuments,
    [Label("その他の補助的な作業", "Other auxiliary work")]
    OtherAuxiliary,
}

/// <summary>Why the programme takes place outside the participant's department (art. 10).</summary>
public enum PlaceChangeReason
{
    /// <summary>The department is thought to have caused the illness.</summary>
    [Label("所属に発症の要因があると考えられるため", "The department is thought to have caused the illness")]
    CauseOfIllness,

    /// <summary>The department cannot host the programme.</summary>
    [Label("所属での実施が困難なため", "The department cannot host the programme")]
    CannotHost,
}

public enum Condition
{
    [Label("良好", "Good")]
    Good,
    [Label("普通", "Fair")]
    Fair,
    [Label("不良", "Poor")]
    Poor,
}

public enum ContactParty
{
    [Label("主治医", "Attending physician")]
    AttendingPhysician,
    [Label("家族", "Family")]
    Family,
}

public enum ChangeKind
{
    [Label("変更", "Change")]
    Change,
    [Label("中止", "Cancellation")]
    Cancellation,
}

/// <summary>Why a change or cancellation is requested; the first three oblige the head to request cancellation (art. 14(4)).</summary>
public enum ChangeReason
{
    [Label("心身の状況がプレリターンに耐えられないと認められる", "The participant's health cannot bear the programme")]
    ParticipantCannotBear,
    [Label("本人が中止を申し出た", "The participant asked to stop")]
    ParticipantAsked,
    [Label("その他プレリターンが適当でないと認められる", "The programme is otherwise unsuitable")]
    OtherwiseUnsuitable,
    [Label("実施計画の変更", "Adjusting the plan")]
    PlanAdjustment,
}

public enum PreReturnOutcome
{
    [Label("終了", "Completed")]
    Completed,
    [Label("中止", "Cancelled")]
    Cancelled,
}

public sealed record BriefingEntry(BriefingPoint Point, DateOnly ExplainedOn, string ExplainedBy, DateTimeOffset RecordedAt);

public sealed record AttendingPhysician(string Name, string Institution);

/// <summary>
/// The family's consent (art. 12(1)): a family member's name and relationship, or, when there is no
/// family, a person the department head accepts (art. 7(3)(2)) — valid only once accepted.
/// </summary>
public sealed record FamilyConsent(string Name, string Relationship, bool NoFamily, string? AcceptedBy, DateTimeOffset? AcceptedAt)
{
    public bool IsValid => !NoFamily || AcceptedBy is not null;
}

public sealed record PreReturnApplication(
    AttendingPhysician AttendingPhysician,
    DateOnly? WishedStartOn,
    DateTimeOffset ConsentedToConditionsAt,
    FamilyConsent FamilyConsent,
    DateTimeOffset SubmittedAt);

public sealed record PlanWeek(int Week, TimeOnly Start, TimeOnly End, int DaysPerWeek)
{
    /// <summary>Hours a day, less the lunch break 12:00–13:00 where the day spans it.</summary>
    public double DailyHours
    {
        get
        {
            var minutes = (End - Start).TotalMinutes;
            var breakStart = new TimeOnly(12, 0);
            var breakEnd = new TimeOnly(13, 0);
            var overlapStart = Start > breakStart ? Start : breakStart;
            var overlapEnd = End < breakEnd ? End : breakEnd;
            if (overlapEnd > overlapStart)
            {
                minutes -= (overlapEnd - overlapStart).TotalMinutes;
            }

            return minutes / 60;
        }
    }
}

/// <summary>The plan (Form 3): period, place, tasks and the weekly schedule.</summary>
public sealed record PreReturnPlan(
    int Version,
    DateOnly StartOn,
    int Weeks,
    string PlaceDepartmentCode,
    PlaceChangeReason? PlaceChangeReason,
    string? PlaceChangeExplanation,
    IReadOnlyList<PlanTask> Tasks,
    string? TaskDetails,
    IReadOnlyList<PlanWeek> Schedule,
    string? Considerations,
    string DraftedBy,
    DateTimeOffset DraftedAt)
{
    public DateOnly EndOn => StartOn.AddDays((Weeks * 7) - 1);

    /// <summary>The middle of the plan: by then the physician should have interviewed the participant (art. 13(3)).</summary>
    public DateOnly Midpoint => StartOn.AddDays(((Weeks * 7) - 1) / 2);
}

public sealed record PhysicianReview(DateOnly InterviewedOn, bool Feasible, bool PlanAppropriate, string Opinion, string PhysicianId, DateTimeOffset RecordedAt);

public sealed record DirectorDecision(bool Approved, DateOnly DecidedOn, string Remarks, string DirectorId, DateTimeOffset RecordedAt);

public sealed record LogReview(string Report, string ReviewedBy, DateTimeOffset ReviewedAt);

/// <summary>One day of the daily log (Form 5), kept by the participant and reviewed by the support officer (art. 13(1)).</summary>
public sealed record DailyLog(
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    IReadOnlyList<PlanTask> Tasks,
    string? TaskDetails,
    Condition Condition,
    string? Remarks,
    DateTimeOffset RecordedAt,
    LogReview? Review);

public sealed record ProgrammeInterview(DateOnly HeldOn, string Notes, string PhysicianId, DateTimeOffset RecordedAt);

/// <summary>The participant's consent to the support officer's contact with the attending physician and the family (art. 7(3)(2)).</summary>
public sealed record ContactConsent(bool AttendingPhysician, bool Family, DateTimeOffset GivenAt);

public sealed record SupportContact(ContactParty Party, DateOnly ContactedOn, string Summary, string OfficerId, DateTimeOffset RecordedAt);

public sealed record ChangeOpinion(bool Agrees, string Opinion, string PhysicianId, DateTimeOffset RecordedAt);

public sealed record ChangeDecision(bool Approved, DateOnly DecidedOn, string Remarks, string DirectorId, DateTimeOffset RecordedAt);

/// <summary>A change or cancellation request (Form 6, art. 14); a change carries the new plan.</summary>
public sealed record ChangeRequest(
    Guid Id,
    ChangeKind Kind,
    ChangeReason Reason,
    string Explanation,
    PreReturnPlan? NewPlan,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    ChangeOpinion? Opinion,
    ChangeDecision? Decision,
    DateTimeOffset? ParticipantInformedAt)
{
    public bool IsOpen => Decision is null;
}

/// <summary>The result report (Form 7, art. 15).</summary>
public sealed record ResultReport(
    PreReturnOutcome Outcome,
    DateOnly EndedOn,
    DateOnly? ReturnOn,
    string Summary,
    int? RecommendedRestrictionMonths,
    DateOnly AttendingPhysicianInformedOn,
    string ReportedBy,
    DateTimeOffset ReportedAt);
