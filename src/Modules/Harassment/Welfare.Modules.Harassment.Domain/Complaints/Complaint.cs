using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.Modules.Harassment.Domain.Kinds;
using Welfare.SharedKernel;

namespace Welfare.Modules.Harassment.Domain.Complaints;

/// <summary>A counsellor who may be assigned: their designation and sex.</summary>
public sealed record CounselorCandidate(string EmployeeId, CounselorSex Sex);

/// <summary>
/// A complaint (苦情相談) and everything recorded about it: the kinds, the assigned counsellors, the intake
/// record and the hearings in versions, the handling choice, the actions, what the complainant was told,
/// emergency notices, the closure and the checks for retaliation afterwards. The record is sealed: only
/// the assigned counsellors and, once referred, the personnel officer may read it (the Application's
/// ComplaintAccess); the respondent has no view at all.
/// </summary>
public sealed class Complaint : IVersioned
{
    public const int MaxCounselors = 4;

    private readonly List<ComplaintKind> _kinds = [];
    private readonly List<CounselorAssignment> _assignments = [];
    private readonly List<IntakeRecord> _intake = [];
    private readonly List<HearingRecord> _hearings = [];
    private readonly List<ComplaintAction> _actions = [];
    private readonly List<ComplainantNotice> _notices = [];
    private readonly List<EmergencyNotice> _emergencies = [];
    private readonly List<FollowUpCheck> _followUps = [];
    private readonly List<AuthorityRequest> _authorityRequests = [];

    private Complaint()
    {
        ComplainantId = string.Empty;
        ReceivedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The stored row version (docs/adr/0011); persistence sets it.</summary>
    public uint Version { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public string ReceivedBy { get; private set; }

    public ComplaintSource Source { get; private set; }

    /// <summary>The employee who brought the complaint (相談者).</summary>
    public string ComplainantId { get; private set; }

    /// <summary>The person harassed, when not the complainant (a witness's or a supervisor's complaint).</summary>
    public string? PersonHarassedId { get; private set; }

    /// <summary>The person said to have harassed (行為者とされる者), when an employee; they never see the record.</summary>
    public string? RespondentId { get; private set; }

    /// <summary>The respondent's appointing authority when it is not the complainant's (第5条3), from the directory.</summary>
    public string? RespondentAuthority { get; private set; }

    public CounselorSex? RequestedCounselorSex { get; private set; }

    /// <summary>True when no designated counsellor of the requested sex could be assigned.</summary>
    public bool RequestedSexUnavailable { get; private set; }

    /// <summary>Why one counsellor handles the case although two is the rule (第2-1(1)).</summary>
    public string? SingleCounselorReason { get; private set; }

    /// <summary>A retaliation report (第3条) is linked to the complaint it follows.</summary>
    public Guid? RetaliationOf { get; private set; }

    public HandlingChoice? Handling { get; private set; }

    public string? HandlingReason { get; private set; }

    /// <summary>The personnel officer may read the record once the case is referred (action or emergency).</summary>
    public bool ReferredToPersonnel { get; private set; }

    public ComplaintOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>When the record last changed; every change writes the complaint row, so two counsellors changing it at once conflict (409) instead of interleaving.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public IReadOnlyList<ComplaintKind> Kinds => _kinds;

    public IReadOnlyList<CounselorAssignment> Assignments => _assignments;

    public IReadOnlyList<IntakeRecord> Intake => _intake;

    public IReadOnlyList<HearingRecord> Hearings => _hearings;

    public IReadOnlyList<ComplaintAction> Actions => _actions;

    public IReadOnlyList<ComplainantNotice> Notices => _notices;

    public IReadOnlyList<EmergencyNotice> Emergencies => _emergencies;

    public IReadOnlyList<FollowUpCheck> FollowUps => _followUps;

    public IReadOnlyList<AuthorityRequest> AuthorityRequests => _authorityRequests;

    public IntakeRecord? CurrentIntake => _intake.OrderByDescending(i => i.Version).FirstOrDefault();

    public bool IntakeConfirmed => CurrentIntake?.IsConfirmed == true;

    public ComplaintStatus Status => ClosedOn is not null ? ComplaintStatus.Closed : IntakeConfirmed ? ComplaintStatus.InProgress : ComplaintStatus.Intake;

    public IEnumerable<string> ActiveCounselorIds => _assignments.Where(a => a.IsActive).Select(a => a.CounselorEmployeeId);

    /// <summary>The parties: complainant, person harassed, respondent. None of them may counsel the case.</summary>
    public IEnumerable<string> Parties => new[] { ComplainantId, PersonHarassedId, RespondentId }.OfType<string>();

    public static Complaint Receive(
        Guid id, ComplaintSource source, string complainantId, string? personHarassedId, string? respondentId, string? respondentAuthority,
        IReadOnlyList<(HarassmentKind Kind, HarassmentSubKind? SubKind)> kinds, CounselorSex? requestedSex,
        IReadOnlyList<string> counselorIds, string? singleCounselorReason, IReadOnlyList<CounselorCandidate> designated,
        Guid? retaliationOf, string receivedBy, DateOnly receivedOn, DateTimeOffset now)
    {
        if (kinds.Count == 0)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.ComplaintWithoutKind);
        }

        foreach (var (kind, subKind) in kinds)
        {
            if (kind == HarassmentKind.PregnancyChildcareCareHarassment && subKind is null)
            {
                throw new BusinessRuleViolationException(HarassmentProblems.ComplaintSubKindRequired);
            }

            if (kind != HarassmentKind.PregnancyChildcareCareHarassment && subKind is not null)
            {
                throw new BusinessRuleViolationException(HarassmentProblems.ComplaintSubKindNotAllowed);
            }
        }

        if (source == ComplaintSource.PersonHarassed && personHarassedId is not null && personHarassedId != complainantId)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.ComplaintPersonHarassed);
        }

        if (source == ComplaintSource.PersonToldTheyHarass && respondentId is not null && respondentId != complainantId)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.ComplaintToldTheyHarass);
        }

        var complaint = new Complaint
        {
            Id = id,
            Source = source,
            ComplainantId = complainantId,
            PersonHarassedId = source == ComplaintSource.PersonHarassed ? null : personHarassedId,
            RespondentId = source == ComplaintSource.PersonToldTheyHarass ? complainantId : respondentId,
            RespondentAuthority = respondentAuthority,
            RequestedCounselorSex = requestedSex,
            RetaliationOf = retaliationOf,
            ReceivedBy = receivedBy,
            ReceivedOn = receivedOn,
            ReceivedAt = now,
            ChangedAt = now,
        };
        foreach (var (kind, subKind) in kinds.Distinct())
        {
            complaint._kinds.Add(new ComplaintKind(kind, subKind));
        }

        complaint.Assign(counselorIds, singleCounselorReason, designated, receivedBy, now);
        return complaint;
    }

    public void Touch(DateTimeOffset now) => ChangedAt = now;

    /// <summary>
    /// Sets who counsels the case (第2-1): two in principle, one only with the reason recorded, none who is a
    /// party, and one of the sex the complainant asked for whenever a designated counsellor of that sex can be.
    /// </summary>
    public void Assign(IReadOnlyList<string> counselorIds, string? singleCounselorReason, IReadOnlyList<CounselorCandidate> designated, string by, DateTimeOffset now)
    {
        EnsureOpen();
        var ids = counselorIds.Distinct().ToList();
        if (ids.Count == 0 || ids.Count > MaxCounselors)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.CounselorsCount);
        }

        if (ids.Count == 1 && string.IsNullOrWhiteSpace(singleCounselorReason))
        {
            throw new BusinessRuleViolationException(HarassmentProblems.CounselorsSingleWithoutReason);
        }

        var unknown = ids.FirstOrDefault(c => designated.All(d => d.EmployeeId != c));
        if (unknown is not null)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.CounselorsNotDesignated);
        }

        if (ids.Any(Parties.Contains))
        {
            throw new BusinessRuleViolationException(HarassmentProblems.CounselorsParty);
        }

        var unavailable = false;
        if (RequestedCounselorSex is { } sex && !designated.Any(d => ids.Contains(d.EmployeeId) && d.Sex == sex))
        {
            if (designated.Any(d => d.Sex == sex && !Parties.Contains(d.EmployeeId)))
            {
                throw new BusinessRuleViolationException(HarassmentProblems.CounselorsRequestedSex);
            }

            unavailable = true;
        }

        foreach (var assignment in _assignments.Where(a => a.IsActive && !ids.Contains(a.CounselorEmployeeId)))
        {
            assignment.End(now);
        }

        foreach (var id in ids.Where(i => !ActiveCounselorIds.Contains(i)))
        {
            _assignments.Add(new CounselorAssignment(id, now, by));
        }

        RequestedSexUnavailable = unavailable;
        SingleCounselorReason = ids.Count == 1 ? singleCounselorReason!.Trim() : null;
    }

    /// <summary>Appends a version of the intake record while it is not yet confirmed (a redraft keeps the earlier version).</summary>
    public IntakeRecord RecordIntake(IntakeFacts facts, string by, DateTimeOffset now)
    {
        EnsureOpen();
        if (IntakeConfirmed)
        {
            throw new ConflictException(HarassmentProblems.RecordConfirmed);
        }

        return AppendIntake(facts, null, by, now);
    }

    /// <summary>A correction after read-back: a new version, to be confirmed again; the confirmed one stays as it was.</summary>
    public IntakeRecord CorrectIntake(IntakeFacts facts, string correctionNote, string by, DateTimeOffset now)
    {
        EnsureOpen();
        if (!IntakeConfirmed)
        {
            throw new ConflictException(HarassmentProblems.RecordNotConfirmed);
        }

        return AppendIntake(facts, correctionNote, by, now);
    }

    public IntakeRecord ConfirmIntake(int version, ConfirmationMethod method, string by, DateTimeOffset now)
    {
        EnsureOpen();
        var current = CurrentIntake;
        if (current is null || current.Version != version || current.IsConfirmed)
        {
            throw new ConflictException(HarassmentProblems.RecordVersion);
        }

        current!.Confirm(method, by, now);
        return current;
    }

    /// <summary>Records the handling choice; supervisor observation only for a non-urgent case (第2-3(1)).</summary>
    public void ChooseHandling(HandlingChoice choice, string reason)
    {
        EnsureIntakeConfirmed();
        if (choice == HandlingChoice.SupervisorObservation && CurrentIntake!.Facts.Urgency == Urgency.High)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.HandlingUrgent);
        }

        if (choice == HandlingChoice.SupervisorObservation && _hearings.Any(h => h.Kind == HearingKind.Respondent))
        {
            throw new ConflictException(HarassmentProblems.HandlingAlreadyHeard);
        }

        Handling = choice;
        HandlingReason = reason.Trim();
    }

    public HearingRecord RecordHearing(Guid hearingId, HearingKind kind, string subjectId, DateOnly heldOn, string account, bool explanationOffered,
        string? explanation, bool disputesFacts, string by, DateTimeOffset now)
    {
        EnsureIntakeConfirmed();
        if (Handling == HandlingChoice.SupervisorObservation)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.HearingSupervisorObservation);
        }

        if (kind == HearingKind.Respondent)
        {
            if (RespondentId is null || subjectId != RespondentId)
            {
                throw new BusinessRuleViolationException(HarassmentProblems.HearingNotRespondent);
            }

            if (!explanationOffered)
            {
                throw new BusinessRuleViolationException(HarassmentProblems.HearingNoChanceToExplain);
            }
        }
        else
        {
            if (Parties.Contains(subjectId))
            {
                throw new BusinessRuleViolationException(HarassmentProblems.HearingPartyAsThirdParty);
            }

            if (!_hearings.Any(h => h.Kind == HearingKind.Respondent && h.IsConfirmed && h.DisputesFacts))
            {
                throw new BusinessRuleViolationException(HarassmentProblems.HearingPartiesAgree);
            }
        }

        Handling ??= HandlingChoice.Hearing;
        var record = new HearingRecord(hearingId, 1, kind, subjectId, heldOn, account.Trim(), explanationOffered, explanation?.Trim(), disputesFacts, null, by, now);
        _hearings.Add(record);
        return record;
    }

    public HearingRecord CorrectHearing(Guid hearingId, string account, string? explanation, bool disputesFacts, string correctionNote, string by, DateTimeOffset now)
    {
        EnsureOpen();
        var latest = LatestHearing(hearingId);
        var record = new HearingRecord(hearingId, latest.Version + 1, latest.Kind, latest.SubjectEmployeeId, latest.HeldOn, account.Trim(), latest.ExplanationOffered,
            explanation?.Trim(), disputesFacts, correctionNote.Trim(), by, now);
        _hearings.Add(record);
        return record;
    }

    public HearingRecord ConfirmHearing(Guid hearingId, int version, ConfirmationMethod method, string by, DateTimeOffset now)
    {
        EnsureOpen();
        var latest = LatestHearing(hearingId);
        if (latest.Version != version || latest.IsConfirmed)
        {
            throw new ConflictException(HarassmentProblems.RecordVersion);
        }

        latest.Confirm(method, by, now);
        return latest;
    }

    public ComplaintAction TakeAction(Guid id, ComplaintActionType type, DateOnly takenOn, string note, bool complainantConsented, string by, DateTimeOffset now)
    {
        EnsureIntakeConfirmed();
        if (type == ComplaintActionType.PersonnelReferral && !complainantConsented)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.ActionReferralWithoutConsent);
        }

        if (type is ComplaintActionType.DirectWarning or ComplaintActionType.SupervisorGuidance or ComplaintActionType.Mediation && RespondentId is null)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.ActionNoRespondent);
        }

        var action = new ComplaintAction(id, NextStep(), type, takenOn, note.Trim(), complainantConsented, by, now);
        _actions.Add(action);
        if (type == ComplaintActionType.PersonnelReferral)
        {
            ReferredToPersonnel = true;
        }

        return action;
    }

    public ComplainantNotice TellComplainant(Guid id, DateOnly toldOn, string note, string by, DateTimeOffset now)
    {
        EnsureIntakeConfirmed();
        var notice = new ComplainantNotice(id, NextStep(), toldOn, note.Trim(), by, now);
        _notices.Add(notice);
        return notice;
    }

    /// <summary>Tells the personnel division in an emergency, even against the complainant's wish (第2-6); allowed from intake on.</summary>
    public EmergencyNotice NotifyEmergency(Guid id, EmergencyReason reason, bool complainantObjected, DateOnly notifiedOn, string note, string by, DateTimeOffset now)
    {
        EnsureOpen();
        var notice = new EmergencyNotice(id, reason, complainantObjected, notifiedOn, note.Trim(), by, now);
        _emergencies.Add(notice);
        ReferredToPersonnel = true;
        return notice;
    }

    /// <summary>
    /// Closes the case once something was done and the complainant was told after the last action (第2-5);
    /// follow-up checks on the complainant and the third parties heard are scheduled at the given intervals.
    /// </summary>
    public void Close(ComplaintOutcome outcome, string? note, DateOnly on, IReadOnlyList<int> followUpDays, DateTimeOffset now)
    {
        EnsureIntakeConfirmed();
        var lastAction = _actions.Select(a => a.Step).DefaultIfEmpty(0).Max();
        if (outcome != ComplaintOutcome.Withdrawn && !_notices.Any(n => n.Step > lastAction))
        {
            throw new BusinessRuleViolationException(HarassmentProblems.ClosureComplainantNotTold);
        }

        if (outcome == ComplaintOutcome.PersonnelMeasures && !ReferredToPersonnel)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.ClosureNotReferred);
        }

        Outcome = outcome;
        OutcomeNote = note?.Trim();
        ClosedOn = on;
        var watched = new List<(FollowUpSubject, string)> { (FollowUpSubject.Complainant, ComplainantId) };
        if (PersonHarassedId is not null)
        {
            watched.Add((FollowUpSubject.PersonHarassed, PersonHarassedId));
        }

        watched.AddRange(_hearings.Where(h => h.Kind == HearingKind.ThirdParty).Select(h => h.SubjectEmployeeId).Distinct().Select(w => (FollowUpSubject.Witness, w)));
        foreach (var days in followUpDays.Distinct().Order())
        {
            foreach (var (subject, employeeId) in watched)
            {
                _followUps.Add(new FollowUpCheck(Guid.CreateVersion7(now), subject, employeeId, on.AddDays(days)));
            }
        }
    }

    public FollowUpCheck RecordFollowUp(Guid checkId, DateOnly checkedOn, bool adverseTreatmentFound, string? note, string by)
    {
        var check = _followUps.SingleOrDefault(f => f.Id == checkId);
        if (check is null)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.FollowUpUnknown);
        }

        check!.Record(checkedOn, adverseTreatmentFound, note, by);
        return check;
    }

    /// <summary>Records the request to another appointing authority to investigate and guide its employee (第5条3).</summary>
    public AuthorityRequest RequestAuthority(Guid id, DateOnly requestedOn, string note, string by, DateTimeOffset now)
    {
        EnsureIntakeConfirmed();
        if (RespondentAuthority is null)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.AuthoritySame);
        }

        var request = new AuthorityRequest(id, RespondentAuthority!, requestedOn, note.Trim(), by, now);
        _authorityRequests.Add(request);
        return request;
    }

    public AuthorityRequest RecordAuthorityAnswer(Guid requestId, DateOnly answeredOn, string answer)
    {
        var request = _authorityRequests.SingleOrDefault(r => r.Id == requestId);
        if (request is null)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.AuthorityUnknown);
        }

        request!.RecordAnswer(answeredOn, answer.Trim());
        return request;
    }

    private int NextStep() => _actions.Select(a => a.Step).Concat(_notices.Select(n => n.Step)).DefaultIfEmpty(0).Max() + 1;

    private HearingRecord LatestHearing(Guid hearingId)
    {
        var latest = _hearings.Where(h => h.HearingId == hearingId).OrderByDescending(h => h.Version).FirstOrDefault();
        if (latest is null)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.HearingUnknown);
        }

        return latest!;
    }

    private IntakeRecord AppendIntake(IntakeFacts facts, string? correctionNote, string by, DateTimeOffset now)
    {
        var record = new IntakeRecord((CurrentIntake?.Version ?? 0) + 1, facts, correctionNote?.Trim(), by, now);
        _intake.Add(record);
        return record;
    }

    private void EnsureIntakeConfirmed()
    {
        EnsureOpen();
        if (!IntakeConfirmed)
        {
            throw new BusinessRuleViolationException(HarassmentProblems.IntakeNotConfirmed);
        }
    }

    private void EnsureOpen()
    {
        if (ClosedOn is not null)
        {
            throw new ConflictException(HarassmentProblems.ComplaintClosed);
        }
    }
}
