namespace Welfare.Modules.ReturnToWork.Domain.PreReturns;

public enum PreReturnStatus
{
    /// <summary>Opened by the department head or physician; the briefing (art. 8) is being given.</summary>
    Briefing,

    /// <summary>The employee applied with the certificate and the consents (art. 12(1)).</summary>
    Applied,

    /// <summary>The department head drafted the plan (art. 11, Form 3).</summary>
    Planned,

    /// <summary>The occupational physician interviewed the applicant and gave an opinion (art. 12(3)).</summary>
    Reviewed,

    /// <summary>The director approved (art. 12(4), Form 4); a support officer is yet to be designated.</summary>
    Approved,

    Rejected,

    /// <summary>A support officer is designated (art. 12(5)): the programme runs.</summary>
    InProgress,

    /// <summary>Ended as planned and reported (art. 15).</summary>
    Completed,

    /// <summary>Stopped by the director's decision on a cancellation request (art. 14).</summary>
    Cancelled,

    /// <summary>The employee withdrew before the programme began: it is voluntary (art. 8(2)(1)).</summary>
    Withdrawn,
}

/// <summary>The points of the briefing (教示, art. 8(2) and 8(3)).</summary>
public enum BriefingPoint
{
    /// <summary>8(2)(1) voluntary, at the employee's wish, not a duty.</summary>
    Voluntary,

    /// <summary>8(2)(2) not a push to return.</summary>
    NotAPushToReturn,

    /// <summary>8(2)(3) the attending physician's judgement is needed.</summary>
    AttendingPhysicianJudgementNeeded,

    /// <summary>8(2)(4) the employee may consult before obtaining a certificate.</summary>
    ConsultBeforeCertificate,

    /// <summary>8(3)(1) the programme may not start, or may stop, when the department cannot support it.</summary>
    MayNotStartOrMayStop,

    /// <summary>8(3)(2) no pay beyond what is paid during leave.</summary>
    NoPayBeyondLeavePay,

    /// <summary>8(3)(3) accidents are not covered by public accident compensation but by the employer's accident insurance.</summary>
    AccidentInsuranceNotPublicCompensation,
}

/// <summary>The auxiliary kinds of work a plan may contain (art. 11(2)(2)); contact with the public is never one of them.</summary>
public enum PlanTask
{
    CollectingAndOrganisingMaterial,
    PcDataEntry,
    PreparingDocuments,
    OtherAuxiliary,
}

/// <summary>Why the programme takes place outside the participant's department (art. 10).</summary>
public enum PlaceChangeReason
{
    /// <summary>The department is thought to have caused the illness.</summary>
    CauseOfIllness,

    /// <summary>The department cannot host the programme.</summary>
    CannotHost,
}

public enum Condition
{
    Good,
    Fair,
    Poor,
}

public enum ContactParty
{
    AttendingPhysician,
    Family,
}

public enum ChangeKind
{
    Change,
    Cancellation,
}

/// <summary>Why a change or cancellation is requested; the first three oblige the head to request cancellation (art. 14(4)).</summary>
public enum ChangeReason
{
    ParticipantCannotBear,
    ParticipantAsked,
    OtherwiseUnsuitable,
    PlanAdjustment,
}

public enum PreReturnOutcome
{
    Completed,
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
