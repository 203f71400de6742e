using Welfare.SharedKernel;

namespace Welfare.Modules.ReturnToWork.Domain.PreReturns;

/// <summary>
/// One employee's pre-return (職場復帰支援, seed 001) from the briefing to the result report. The
/// aggregate keeps the order of the regulation: briefing (art. 8) → application (art. 12(1)) → plan
/// (art. 9–11) → physician's review (art. 12(3)) → director's decision (art. 12(4)) → support officer
/// (art. 12(5)) → daily logs and interviews (art. 13) → change or cancellation (art. 14) → result (art. 15).
/// </summary>
public sealed class PreReturn : IVersioned
{
    private List<BriefingEntry> _briefing = [];
    private List<PreReturnPlan> _planHistory = [];
    private List<DailyLog> _logs = [];
    private List<ProgrammeInterview> _interviews = [];
    private List<SupportContact> _contacts = [];
    private List<ChangeRequest> _changeRequests = [];

    private PreReturn(Guid id, string employeeId, string departmentCode, Guid leaveCaseId, string openedBy, DateTimeOffset openedAt)
    {
        Id = id;
        EmployeeId = employeeId;
        DepartmentCode = departmentCode;
        LeaveCaseId = leaveCaseId;
        OpenedBy = openedBy;
        OpenedAt = openedAt;
        Status = PreReturnStatus.Briefing;
    }

    public static readonly PreReturnStatus[] Terminal = [PreReturnStatus.Rejected, PreReturnStatus.Completed, PreReturnStatus.Cancelled, PreReturnStatus.Withdrawn];

    public Guid Id { get; private set; }

    /// <summary>The stored row version (docs/adr/0011); persistence sets it.</summary>
    public uint Version { get; private set; }

    public string EmployeeId { get; private set; }

    /// <summary>The participant's department when the case was opened: its head runs the case (art. 6).</summary>
    public string DepartmentCode { get; private set; }

    public Guid LeaveCaseId { get; private set; }

    public string OpenedBy { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public PreReturnStatus Status { get; private set; }

    public IReadOnlyList<BriefingEntry> Briefing => _briefing;

    public DateTimeOffset? CertificateUploadedAt { get; private set; }

    public PreReturnApplication? Application { get; private set; }

    public PreReturnPlan? Plan { get; private set; }

    /// <summary>Plans replaced by redrafting before the decision or by an approved change.</summary>
    public IReadOnlyList<PreReturnPlan> PlanHistory => _planHistory;

    public PhysicianReview? Review { get; private set; }

    public DirectorDecision? Decision { get; private set; }

    public string? SupportOfficerId { get; private set; }

    public DateTimeOffset? SupportOfficerDesignatedAt { get; private set; }

    public IReadOnlyList<DailyLog> Logs => _logs;

    public IReadOnlyList<ProgrammeInterview> Interviews => _interviews;

    public ContactConsent? ContactConsent { get; private set; }

    public IReadOnlyList<SupportContact> Contacts => _contacts;

    public IReadOnlyList<ChangeRequest> ChangeRequests => _changeRequests;

    public DateTimeOffset? StopRequestedAt { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public ResultReport? Result { get; private set; }

    public bool IsActive => !Terminal.Contains(Status);

    public bool BriefingComplete => Enum.GetValues<BriefingPoint>().All(p => _briefing.Any(b => b.Point == p));

    public ChangeRequest? OpenChangeRequest => _changeRequests.FirstOrDefault(r => r.IsOpen);

    public static PreReturn Open(Guid id, string employeeId, string departmentCode, Guid leaveCaseId, string openedBy, DateTimeOffset now) =>
        new(id, employeeId, departmentCode, leaveCaseId, openedBy, now);

    public void RecordBriefing(IEnumerable<BriefingPoint> points, DateOnly explainedOn, string explainedBy, DateTimeOffset now)
    {
        Require(Status == PreReturnStatus.Briefing, ReturnToWorkProblems.BriefingClosed);
        foreach (var point in points.Distinct())
        {
            _briefing = [.. _briefing.Where(b => b.Point != point), new BriefingEntry(point, explainedOn, explainedBy, now)];
        }
    }

    public void AttachCertificate(DateTimeOffset now)
    {
        Require(Status is PreReturnStatus.Briefing or PreReturnStatus.Applied, ReturnToWorkProblems.CertificateClosed);
        CertificateUploadedAt = now;
    }

    public void Apply(PreReturnApplication application)
    {
        Require(Status == PreReturnStatus.Briefing, ReturnToWorkProblems.AlreadyApplied);
        Require(BriefingComplete, ReturnToWorkProblems.BriefingIncomplete);
        Require(CertificateUploadedAt is not null, ReturnToWorkProblems.CertificateMissing);
        Application = application;
        Status = PreReturnStatus.Applied;
    }

    public void AcceptFamilySubstitute(string headId, DateTimeOffset now)
    {
        Require(Application is { FamilyConsent.NoFamily: true }, ReturnToWorkProblems.NoSubstitute);
        Application = Application! with { FamilyConsent = Application.FamilyConsent with { AcceptedBy = headId, AcceptedAt = now } };
    }

    public void DraftPlan(PreReturnPlan plan, int maxWeeks, DateOnly today)
    {
        Require(Status is PreReturnStatus.Applied or PreReturnStatus.Planned or PreReturnStatus.Reviewed, ReturnToWorkProblems.PlanClosed);
        Require(Application!.FamilyConsent.IsValid, ReturnToWorkProblems.FamilyConsentMissing);
        CheckPlan(plan, maxWeeks, today);
        if (Plan is not null)
        {
            _planHistory = [.. _planHistory, Plan];
        }

        Plan = plan with { Version = (Plan?.Version ?? 0) + 1 };
        Review = null;
        Status = PreReturnStatus.Planned;
    }

    public void RecordReview(PhysicianReview review)
    {
        Require(Status is PreReturnStatus.Planned or PreReturnStatus.Reviewed, ReturnToWorkProblems.NoPlanToReview);
        Review = review;
        Status = PreReturnStatus.Reviewed;
    }

    public void Decide(DirectorDecision decision)
    {
        Require(Status == PreReturnStatus.Reviewed, ReturnToWorkProblems.NotReviewed);
        Decision = decision;
        Status = decision.Approved ? PreReturnStatus.Approved : PreReturnStatus.Rejected;
        if (!decision.Approved)
        {
            EndedOn = decision.DecidedOn;
        }
    }

    public void DesignateSupportOfficer(string officerId, DateTimeOffset now)
    {
        Require(Status is PreReturnStatus.Approved or PreReturnStatus.InProgress, ReturnToWorkProblems.NotApproved);
        Require(officerId != EmployeeId, ReturnToWorkProblems.OfficerIsParticipant);
        SupportOfficerId = officerId;
        SupportOfficerDesignatedAt = now;
        Status = PreReturnStatus.InProgress;
    }

    public void RecordLog(DailyLog log, DateOnly today)
    {
        RequireRunning();
        Require(StopRequestedAt is null, ReturnToWorkProblems.StopRequested, new("中止を申し出た後は日誌を記録できません。", "No log after asking to stop."));
        Require(log.Date >= Plan!.StartOn && log.Date <= Plan.EndOn && log.Date <= today, ReturnToWorkProblems.LogOutsideProgramme);
        if (_logs.Any(l => l.Date == log.Date))
        {
            throw new ConflictException(ReturnToWorkProblems.LogExists);
        }

        _logs = [.. _logs, log];
    }

    public bool ReviewLog(DateOnly date, LogReview review)
    {
        var log = _logs.FirstOrDefault(l => l.Date == date);
        if (log is null)
        {
            return false;
        }

        _logs = [.. _logs.Select(l => l.Date == date ? l with { Review = review } : l)];
        return true;
    }

    public void RecordInterview(ProgrammeInterview interview, DateOnly today)
    {
        RequireRunning();
        Require(interview.HeldOn >= Plan!.StartOn && interview.HeldOn <= Plan.EndOn && interview.HeldOn <= today, ReturnToWorkProblems.InterviewOutsideProgramme);
        _interviews = [.. _interviews, interview];
    }

    /// <summary>Art. 13(3): at least one interview during the programme; warn once the middle has passed without one.</summary>
    public bool InterviewOverdue(DateOnly today) =>
        Status == PreReturnStatus.InProgress && Plan is not null && today >= Plan.Midpoint && !_interviews.Any(i => i.HeldOn >= Plan.StartOn);

    public void GiveContactConsent(ContactConsent consent)
    {
        Require(IsActive, ReturnToWorkProblems.CaseClosed);
        ContactConsent = consent;
    }

    public void RecordContact(SupportContact contact)
    {
        RequireRunning();
        var consented = contact.Party == ContactParty.AttendingPhysician ? ContactConsent?.AttendingPhysician == true : ContactConsent?.Family == true;
        Require(consented, ReturnToWorkProblems.ContactConsentMissing);
        _contacts = [.. _contacts, contact];
    }

    public void RequestChange(ChangeRequest request, int maxWeeks, DateOnly today)
    {
        RequireRunning();
        if (OpenChangeRequest is not null)
        {
            throw new ConflictException(ReturnToWorkProblems.ChangeRequestOpen);
        }

        if (request.Kind == ChangeKind.Change)
        {
            Require(StopRequestedAt is null, ReturnToWorkProblems.StopRequested, new("中止の申出があるため変更は申請できません。", "The participant asked to stop: only cancellation applies."));
            Require(request.NewPlan is not null, ReturnToWorkProblems.NewPlanMissing);
            Require(request.NewPlan!.StartOn == Plan!.StartOn, ReturnToWorkProblems.PlanStartFixed);
            CheckPlan(request.NewPlan, maxWeeks, Plan.StartOn);
            Require(request.NewPlan.EndOn >= today, ReturnToWorkProblems.PlanEndsInPast);
        }
        else
        {
            Require(request.Reason != ChangeReason.PlanAdjustment, ReturnToWorkProblems.CancellationReason);
        }

        _changeRequests = [.. _changeRequests, request];
    }

    /// <summary>
    /// Art. 14(4)(2): the participant asks to stop; no argument, no more attendance, and the cancellation
    /// request opens at once. Before the programme runs, asking to stop withdraws the case outright.
    /// </summary>
    public ChangeRequest? AskToStop(string participantId, DateTimeOffset now)
    {
        Require(IsActive, ReturnToWorkProblems.CaseClosed);
        if (Status != PreReturnStatus.InProgress)
        {
            StopRequestedAt = now;
            EndedOn = JapanTime.DayOf(now);
            Status = PreReturnStatus.Withdrawn;
            return null;
        }

        if (StopRequestedAt is not null)
        {
            return _changeRequests.Last(r => r.Reason == ChangeReason.ParticipantAsked);
        }

        StopRequestedAt = now;
        var open = OpenChangeRequest;
        if (open is { Kind: ChangeKind.Cancellation })
        {
            return open;
        }

        if (open is not null)
        {
            // A pending change no longer matters once the participant wants to stop.
            _changeRequests = [.. _changeRequests.Select(r => r.Id == open.Id
                ? r with { Decision = new ChangeDecision(false, JapanTime.DayOf(now), "superseded: participant asked to stop", participantId, now) }
                : r)];
        }

        var request = new ChangeRequest(Guid.CreateVersion7(now), ChangeKind.Cancellation, ChangeReason.ParticipantAsked, "The participant asked to stop.", null,
            participantId, now, null, null, null);
        _changeRequests = [.. _changeRequests, request];
        return request;
    }

    public ChangeRequest GiveChangeOpinion(Guid requestId, ChangeOpinion opinion)
    {
        var request = OpenRequest(requestId);
        return Replace(request with { Opinion = opinion });
    }

    public ChangeRequest DecideChange(Guid requestId, ChangeDecision decision)
    {
        var request = OpenRequest(requestId);
        Require(request.Opinion is not null, ReturnToWorkProblems.NoPhysicianOpinion);
        Require(decision.Approved || request.Reason != ChangeReason.ParticipantAsked, ReturnToWorkProblems.StopCannotBeRefused);
        if (decision.Approved && request.Kind == ChangeKind.Change)
        {
            _planHistory = [.. _planHistory, Plan!];
            Plan = request.NewPlan! with { Version = Plan!.Version + 1 };
        }
        else if (decision.Approved)
        {
            Status = PreReturnStatus.Cancelled;
            EndedOn = decision.DecidedOn;
        }

        return Replace(request with { Decision = decision });
    }

    public ChangeRequest InformParticipant(Guid requestId, DateTimeOffset now)
    {
        var request = _changeRequests.FirstOrDefault(r => r.Id == requestId)
            ?? throw new BusinessRuleViolationException(ReturnToWorkProblems.ChangeRequestUnknown);
        Require(request.Decision is not null, ReturnToWorkProblems.ChangeNotDecided);
        return Replace(request with { ParticipantInformedAt = now });
    }

    /// <summary>Art. 15: the result, once the plan has ended or the programme was cancelled.</summary>
    public ResultReport ReportResult(DateOnly? returnOn, string summary, int? restrictionMonths, DateOnly physicianInformedOn, string headId, DateTimeOffset now, DateOnly today)
    {
        if (Result is not null)
        {
            throw new ConflictException(ReturnToWorkProblems.ResultReported);
        }

        Require(Status is PreReturnStatus.InProgress or PreReturnStatus.Cancelled, ReturnToWorkProblems.ProgrammeNotRunning,
            new("実施中又は中止したプレリターンではありません。", "Only a running or cancelled programme has a result."));
        if (Status == PreReturnStatus.InProgress)
        {
            Require(today > Plan!.EndOn, ReturnToWorkProblems.ProgrammeNotEnded);
            Require(StopRequestedAt is null && OpenChangeRequest is null, ReturnToWorkProblems.ChangeRequestPending);
            Require(returnOn is not null && returnOn > Plan.EndOn, ReturnToWorkProblems.ReturnDayMissing);
        }

        var outcome = Status == PreReturnStatus.Cancelled ? PreReturnOutcome.Cancelled : PreReturnOutcome.Completed;
        Require(physicianInformedOn <= today, ReturnToWorkProblems.InformedInFuture);
        Result = new ResultReport(outcome, EndedOn ?? Plan!.EndOn, outcome == PreReturnOutcome.Completed ? returnOn : null, summary, restrictionMonths,
            physicianInformedOn, headId, now);
        if (outcome == PreReturnOutcome.Completed)
        {
            EndedOn = Plan!.EndOn;
            Status = PreReturnStatus.Completed;
        }

        return Result;
    }

    private void CheckPlan(PreReturnPlan plan, int maxWeeks, DateOnly earliestStart)
    {
        Require(plan.Weeks <= maxWeeks, ReturnToWorkProblems.PlanTooLong, new($"実施期間は{maxWeeks}週間までです。", $"A plan lasts at most {maxWeeks} weeks."));
        Require(plan.Weeks >= 1, ReturnToWorkProblems.PlanTooShort);
        Require(plan.StartOn >= earliestStart, ReturnToWorkProblems.PlanStartsInPast);
        Require(plan.Schedule.Count == plan.Weeks && plan.Schedule.Select(w => w.Week).Order().SequenceEqual(Enumerable.Range(1, plan.Weeks)), ReturnToWorkProblems.ScheduleWeeks);
        Require(plan.Schedule.All(w => w.End > w.Start && StandardSchedule.IsNoHeavier(w, plan.Weeks)), ReturnToWorkProblems.PlanHeavierThanStandard);
        Require(plan.Tasks.Count > 0, ReturnToWorkProblems.TasksMissing);
        Require(plan.PlaceDepartmentCode == DepartmentCode || (plan.PlaceChangeReason is not null && !string.IsNullOrWhiteSpace(plan.PlaceChangeExplanation)), ReturnToWorkProblems.PlaceChangeReasonMissing);
    }

    private ChangeRequest OpenRequest(Guid requestId)
    {
        var request = _changeRequests.FirstOrDefault(r => r.Id == requestId)
            ?? throw new BusinessRuleViolationException(ReturnToWorkProblems.ChangeRequestUnknown);
        if (!request.IsOpen)
        {
            throw new ConflictException(ReturnToWorkProblems.ChangeRequestDecided);
        }

        return request;
    }

    private ChangeRequest Replace(ChangeRequest request)
    {
        _changeRequests = [.. _changeRequests.Select(r => r.Id == request.Id ? request : r)];
        return request;
    }

    private void RequireRunning() =>
        Require(Status == PreReturnStatus.InProgress, ReturnToWorkProblems.ProgrammeNotRunning);

    private static void Require(bool condition, RuleCode code, LocalizedText? detail = null)
    {
        if (!condition)
        {
            throw new BusinessRuleViolationException(code, detail);
        }
    }
}
