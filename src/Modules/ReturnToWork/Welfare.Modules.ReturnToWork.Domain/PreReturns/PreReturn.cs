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
        Require(Status == PreReturnStatus.Briefing, "briefing-closed", new("申出後は教示の記録を変更できません。", "The briefing cannot change after the application."));
        foreach (var point in points.Distinct())
        {
            _briefing = [.. _briefing.Where(b => b.Point != point), new BriefingEntry(point, explainedOn, explainedBy, now)];
        }
    }

    public void AttachCertificate(DateTimeOffset now)
    {
        Require(Status is PreReturnStatus.Briefing or PreReturnStatus.Applied, "certificate-closed",
            new("計画の策定後は診断書を差し替えられません。", "The certificate cannot be replaced once the plan is drafted."));
        CertificateUploadedAt = now;
    }

    public void Apply(PreReturnApplication application)
    {
        Require(Status == PreReturnStatus.Briefing, "already-applied", new("既に申し出ています。", "The application has already been made."));
        Require(BriefingComplete, "briefing-incomplete",
            new("教示の全事項の説明が記録されるまで申し出ることはできません。", "The application is refused until every point of the briefing is recorded as explained."));
        Require(CertificateUploadedAt is not null, "certificate-missing", new("主治医の診断書を添付してください。", "Attach the attending physician's certificate first."));
        Application = application;
        Status = PreReturnStatus.Applied;
    }

    public void AcceptFamilySubstitute(string headId, DateTimeOffset now)
    {
        Require(Application is { FamilyConsent.NoFamily: true }, "no-substitute", new("家族に代わる者の同意ではありません。", "The consent is not given by a substitute for the family."));
        Application = Application! with { FamilyConsent = Application.FamilyConsent with { AcceptedBy = headId, AcceptedAt = now } };
    }

    public void DraftPlan(PreReturnPlan plan, int maxWeeks, DateOnly today)
    {
        Require(Status is PreReturnStatus.Applied or PreReturnStatus.Planned or PreReturnStatus.Reviewed, "plan-closed",
            new("この段階では計画を策定できません。", "A plan cannot be drafted at this stage."));
        Require(Application!.FamilyConsent.IsValid, "family-consent-missing",
            new("家族に代わる者を所属長が適任と認めるまで計画を策定できません。", "The department head must first accept the person consenting in place of the family."));
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
        Require(Status is PreReturnStatus.Planned or PreReturnStatus.Reviewed, "no-plan-to-review",
            new("審査する計画がありません。", "There is no plan to review."));
        Review = review;
        Status = PreReturnStatus.Reviewed;
    }

    public void Decide(DirectorDecision decision)
    {
        Require(Status == PreReturnStatus.Reviewed, "not-reviewed",
            new("健康管理医の審査の後でなければ決定できません。", "The director decides only after the physician's review."));
        Decision = decision;
        Status = decision.Approved ? PreReturnStatus.Approved : PreReturnStatus.Rejected;
        if (!decision.Approved)
        {
            EndedOn = decision.DecidedOn;
        }
    }

    public void DesignateSupportOfficer(string officerId, DateTimeOffset now)
    {
        Require(Status is PreReturnStatus.Approved or PreReturnStatus.InProgress, "not-approved",
            new("実施の決定の後でなければ支援担当者を指名できません。", "A support officer is designated only after approval."));
        Require(officerId != EmployeeId, "officer-is-participant", new("本人を支援担当者に指名することはできません。", "The participant cannot be their own support officer."));
        SupportOfficerId = officerId;
        SupportOfficerDesignatedAt = now;
        Status = PreReturnStatus.InProgress;
    }

    public void RecordLog(DailyLog log, DateOnly today)
    {
        RequireRunning();
        Require(StopRequestedAt is null, "stop-requested", new("中止を申し出た後は日誌を記録できません。", "No log after asking to stop."));
        Require(log.Date >= Plan!.StartOn && log.Date <= Plan.EndOn && log.Date <= today, "log-outside-programme",
            new("日誌の日付が実施期間外です。", "The log's date is outside the programme period (or in the future)."));
        if (_logs.Any(l => l.Date == log.Date))
        {
            throw new ConflictException("log-exists", new("この日の日誌は記録済みです。", "A log for this day exists already."));
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
        Require(interview.HeldOn >= Plan!.StartOn && interview.HeldOn <= Plan.EndOn && interview.HeldOn <= today, "interview-outside-programme",
            new("面接の日付が実施期間外です。", "The interview's date is outside the programme period (or in the future)."));
        _interviews = [.. _interviews, interview];
    }

    /// <summary>Art. 13(3): at least one interview during the programme; warn once the middle has passed without one.</summary>
    public bool InterviewOverdue(DateOnly today) =>
        Status == PreReturnStatus.InProgress && Plan is not null && today >= Plan.Midpoint && !_interviews.Any(i => i.HeldOn >= Plan.StartOn);

    public void GiveContactConsent(ContactConsent consent)
    {
        Require(IsActive, "case-closed", new("終了した事案です。", "The case is closed."));
        ContactConsent = consent;
    }

    public void RecordContact(SupportContact contact)
    {
        RequireRunning();
        var consented = contact.Party == ContactParty.AttendingPhysician ? ContactConsent?.AttendingPhysician == true : ContactConsent?.Family == true;
        Require(consented, "contact-consent-missing",
            new("実施対象職員の同意がなければ主治医・家族と連絡できません。", "The participant has not consented to contact with this party."));
        _contacts = [.. _contacts, contact];
    }

    public void RequestChange(ChangeRequest request, int maxWeeks, DateOnly today)
    {
        RequireRunning();
        if (OpenChangeRequest is not null)
        {
            throw new ConflictException("change-request-open", new("審査中の変更・中止申請があります。", "A change or cancellation request is already pending."));
        }

        if (request.Kind == ChangeKind.Change)
        {
            Require(StopRequestedAt is null, "stop-requested", new("中止の申出があるため変更は申請できません。", "The participant asked to stop: only cancellation applies."));
            Require(request.NewPlan is not null, "new-plan-missing", new("変更の申請には新たな計画書が必要です。", "A change request carries the new plan."));
            Require(request.NewPlan!.StartOn == Plan!.StartOn, "plan-start-fixed", new("実施開始日は変更できません。", "A change keeps the programme's start day."));
            CheckPlan(request.NewPlan, maxWeeks, Plan.StartOn);
            Require(request.NewPlan.EndOn >= today, "plan-ends-in-past", new("変更後の計画の終了日が過ぎています。", "The new plan would already have ended."));
        }
        else
        {
            Require(request.Reason != ChangeReason.PlanAdjustment, "cancellation-reason",
                new("中止の理由を選択してください。", "A cancellation needs one of the reasons of art. 14(4)."));
        }

        _changeRequests = [.. _changeRequests, request];
    }

    /// <summary>
    /// Art. 14(4)(2): the participant asks to stop; no argument, no more attendance, and the cancellation
    /// request opens at once. Before the programme runs, asking to stop withdraws the case outright.
    /// </summary>
    public ChangeRequest? AskToStop(string participantId, DateTimeOffset now)
    {
        Require(IsActive, "case-closed", new("終了した事案です。", "The case is closed."));
        if (Status != PreReturnStatus.InProgress)
        {
            StopRequestedAt = now;
            EndedOn = DateOnly.FromDateTime(now.ToOffset(JapanTime.Offset).DateTime);
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
                ? r with { Decision = new ChangeDecision(false, DateOnly.FromDateTime(now.ToOffset(JapanTime.Offset).DateTime), "superseded: participant asked to stop", participantId, now) }
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
        Require(request.Opinion is not null, "no-physician-opinion",
            new("健康管理医の意見を踏まえて決定してください。", "The director decides after the physician's opinion."));
        Require(decision.Approved || request.Reason != ChangeReason.ParticipantAsked, "stop-cannot-be-refused",
            new("本人の中止の申出は拒否できません。", "A participant's request to stop cannot be refused."));
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
            ?? throw new BusinessRuleViolationException("change-request-unknown", new("変更・中止申請が見つかりません。", "No such change or cancellation request."));
        Require(request.Decision is not null, "change-not-decided", new("決定の前に連絡することはできません。", "Nothing has been decided yet."));
        return Replace(request with { ParticipantInformedAt = now });
    }

    /// <summary>Art. 15: the result, once the plan has ended or the programme was cancelled.</summary>
    public ResultReport ReportResult(DateOnly? returnOn, string summary, int? restrictionMonths, DateOnly physicianInformedOn, string headId, DateTimeOffset now, DateOnly today)
    {
        if (Result is not null)
        {
            throw new ConflictException("result-reported", new("結果は報告済みです。", "The result has already been reported."));
        }

        Require(Status is PreReturnStatus.InProgress or PreReturnStatus.Cancelled, "programme-not-running",
            new("実施中又は中止したプレリターンではありません。", "Only a running or cancelled programme has a result."));
        if (Status == PreReturnStatus.InProgress)
        {
            Require(today > Plan!.EndOn, "programme-not-ended",
                new("実施期間の終了前です。中止には中止申請が必要です。", "The plan has not ended yet; stopping early needs a cancellation request."));
            Require(StopRequestedAt is null && OpenChangeRequest is null, "change-request-open",
                new("審査中の変更・中止申請があります。", "A change or cancellation request is still pending."));
            Require(returnOn is not null && returnOn > Plan.EndOn, "return-day-missing",
                new("復帰・復職の日を実施期間の後の日で指定してください。", "Give the day of return, after the programme."));
        }

        var outcome = Status == PreReturnStatus.Cancelled ? PreReturnOutcome.Cancelled : PreReturnOutcome.Completed;
        Require(physicianInformedOn <= today, "informed-in-future", new("主治医への連絡日が未来の日付です。", "The attending physician cannot have been informed in the future."));
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
        Require(plan.Weeks <= maxWeeks, "plan-too-long",
            new($"実施期間は{maxWeeks}週間までです。", $"A plan lasts at most {maxWeeks} weeks."));
        Require(plan.Weeks >= 1, "plan-too-short", new("実施期間は1週間以上です。", "A plan lasts at least one week."));
        Require(plan.StartOn >= earliestStart, "plan-starts-in-past", new("実施開始日が過去の日付です。", "The plan cannot start in the past."));
        Require(plan.Schedule.Count == plan.Weeks && plan.Schedule.Select(w => w.Week).Order().SequenceEqual(Enumerable.Range(1, plan.Weeks)), "schedule-weeks",
            new("週ごとの予定を各週1つずつ指定してください。", "Give one schedule entry for each week of the plan."));
        Require(plan.Schedule.All(w => w.End > w.Start && StandardSchedule.IsNoHeavier(w, plan.Weeks)), "plan-heavier-than-standard",
            new("実施計画は基準より負荷を重くすることはできません。", "The schedule may only be lighter than the standard schedule (art. 11)."));
        Require(plan.Tasks.Count > 0, "tasks-missing", new("作業内容を選択してください。", "Choose at least one auxiliary task."));
        Require(plan.PlaceDepartmentCode == DepartmentCode || (plan.PlaceChangeReason is not null && !string.IsNullOrWhiteSpace(plan.PlaceChangeExplanation)), "place-change-reason-missing",
            new("所属以外で実施する場合は、その理由を記載してください。", "A place outside the participant's department needs its reason (art. 10)."));
    }

    private ChangeRequest OpenRequest(Guid requestId)
    {
        var request = _changeRequests.FirstOrDefault(r => r.Id == requestId)
            ?? throw new BusinessRuleViolationException("change-request-unknown", new("変更・中止申請が見つかりません。", "No such change or cancellation request."));
        if (!request.IsOpen)
        {
            throw new ConflictException("change-request-decided", new("この申請は決定済みです。", "This request has already been decided."));
        }

        return request;
    }

    private ChangeRequest Replace(ChangeRequest request)
    {
        _changeRequests = [.. _changeRequests.Select(r => r.Id == request.Id ? request : r)];
        return request;
    }

    private void RequireRunning() =>
        Require(Status == PreReturnStatus.InProgress, "programme-not-running", new("実施中のプレリターンではありません。", "The programme is not running."));

    private static void Require(bool condition, string code, LocalizedText text)
    {
        if (!condition)
        {
            throw new BusinessRuleViolationException(code, text);
        }
    }
}
