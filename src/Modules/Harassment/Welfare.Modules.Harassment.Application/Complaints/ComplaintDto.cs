using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.Modules.Harassment.Domain.Kinds;

namespace Welfare.Modules.Harassment.Application.Complaints;

public sealed record ComplaintKindDto(HarassmentKind Kind, HarassmentSubKind? SubKind);

/// <summary>The facts of 別紙第2 第2-2: what the complainant wants, urgency, relationship, when/where/how, their response, supervisor, witnesses.</summary>
public sealed record IntakeFactsDto(
    bool WantsFutureConductStopped,
    bool WantsRemedyForPastConduct,
    string? WishNote,
    Urgency Urgency,
    string ComplainantState,
    string Relationship,
    string WhenOccurred,
    string WhereOccurred,
    string HowOccurred,
    string ComplainantResponse,
    bool SupervisorConsulted,
    string? SupervisorConsultationNote,
    bool KnownOnlyToParties,
    string? Witnesses)
{
    internal IntakeFacts ToFacts() => new(WantsFutureConductStopped, WantsRemedyForPastConduct, WishNote?.Trim(), Urgency, ComplainantState.Trim(), Relationship.Trim(),
        WhenOccurred.Trim(), WhereOccurred.Trim(), HowOccurred.Trim(), ComplainantResponse.Trim(), SupervisorConsulted, SupervisorConsultationNote?.Trim(),
        KnownOnlyToParties, Witnesses?.Trim());

    internal static IntakeFactsDto Of(IntakeFacts f) => new(f.WantsFutureConductStopped, f.WantsRemedyForPastConduct, f.WishNote, f.Urgency, f.ComplainantState,
        f.Relationship, f.WhenOccurred, f.WhereOccurred, f.HowOccurred, f.ComplainantResponse, f.SupervisorConsulted, f.SupervisorConsultationNote,
        f.KnownOnlyToParties, f.Witnesses);
}

public sealed record IntakeVersionDto(
    int Version, IntakeFactsDto Facts, string? CorrectionNote, string RecordedBy, DateTimeOffset RecordedAt,
    DateTimeOffset? ConfirmedAt, string? ConfirmedBy, ConfirmationMethod? ConfirmationMethod)
{
    internal static IntakeVersionDto Of(IntakeRecord r) =>
        new(r.Version, IntakeFactsDto.Of(r.Facts), r.CorrectionNote, r.RecordedBy, r.RecordedAt, r.ConfirmedAt, r.ConfirmedBy, r.ConfirmationMethod);
}

public sealed record HearingVersionDto(
    int Version, string Account, bool ExplanationOffered, string? Explanation, bool DisputesFacts, string? CorrectionNote, string RecordedBy,
    DateTimeOffset RecordedAt, DateTimeOffset? ConfirmedAt, string? ConfirmedBy, ConfirmationMethod? ConfirmationMethod)
{
    internal static HearingVersionDto Of(HearingRecord r) => new(r.Version, r.Account, r.ExplanationOffered, r.Explanation, r.DisputesFacts, r.CorrectionNote,
        r.RecordedBy, r.RecordedAt, r.ConfirmedAt, r.ConfirmedBy, r.ConfirmationMethod);
}

public sealed record HearingDto(Guid HearingId, HearingKind Kind, string SubjectEmployeeId, DateOnly HeldOn, IReadOnlyList<HearingVersionDto> Versions)
{
    internal static IReadOnlyList<HearingDto> Of(IEnumerable<HearingRecord> records) => records
        .GroupBy(r => r.HearingId)
        .Select(g => g.OrderBy(r => r.Version).ToList())
        .OrderBy(g => g[0].RecordedAt)
        .Select(g => new HearingDto(g[0].HearingId, g[0].Kind, g[0].SubjectEmployeeId, g[0].HeldOn, g.Select(HearingVersionDto.Of).ToList()))
        .ToList();
}

public sealed record ComplaintActionDto(Guid Id, ComplaintActionType Type, DateOnly TakenOn, string Note, bool ComplainantConsented, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record ComplainantNoticeDto(Guid Id, DateOnly ToldOn, string Note, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record EmergencyNoticeDto(Guid Id, EmergencyReason Reason, bool ComplainantObjected, DateOnly NotifiedOn, string Note, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record FollowUpCheckDto(Guid Id, FollowUpSubject Subject, string EmployeeId, DateOnly DueOn, DateOnly? CheckedOn, bool? AdverseTreatmentFound, string? Note)
{
    internal static FollowUpCheckDto Of(FollowUpCheck f) => new(f.Id, f.Subject, f.EmployeeId, f.DueOn, f.CheckedOn, f.AdverseTreatmentFound, f.Note);
}

public sealed record AuthorityRequestDto(Guid Id, string AppointingAuthority, DateOnly RequestedOn, string Note, string RequestedBy, DateOnly? AnsweredOn, string? Answer)
{
    internal static AuthorityRequestDto Of(AuthorityRequest r) => new(r.Id, r.AppointingAuthority, r.RequestedOn, r.Note, r.RequestedBy, r.AnsweredOn, r.Answer);
}

/// <summary>
/// A complaint as far as the caller may see it. The assigned counsellors and (once referred) the personnel
/// officer see everything; the complainant sees their own intake record, what they were told and the status —
/// hearings, actions, emergency notices, follow-ups and requests to other authorities are null for them.
/// </summary>
public sealed record ComplaintDto(
    Guid Id,
    DateOnly ReceivedOn,
    ComplaintSource Source,
    ComplaintStatus Status,
    string ComplainantId,
    string? PersonHarassedId,
    string? RespondentId,
    string? RespondentAuthority,
    IReadOnlyList<ComplaintKindDto> Kinds,
    CounselorSex? RequestedCounselorSex,
    bool RequestedSexUnavailable,
    IReadOnlyList<string> CounselorIds,
    string? SingleCounselorReason,
    Guid? RetaliationOf,
    HandlingChoice? Handling,
    string? HandlingReason,
    bool? ReferredToPersonnel,
    IReadOnlyList<IntakeVersionDto> Intake,
    IReadOnlyList<HearingDto>? Hearings,
    IReadOnlyList<ComplaintActionDto>? Actions,
    IReadOnlyList<ComplainantNoticeDto> ComplainantNotices,
    IReadOnlyList<EmergencyNoticeDto>? EmergencyNotices,
    IReadOnlyList<FollowUpCheckDto>? FollowUps,
    IReadOnlyList<AuthorityRequestDto>? AuthorityRequests,
    ComplaintOutcome? Outcome,
    string? OutcomeNote,
    DateOnly? ClosedOn)
{
    internal static ComplaintDto Of(Complaint c, ComplaintView view)
    {
        var full = view == ComplaintView.Full;
        return new(
            c.Id, c.ReceivedOn, c.Source, c.Status, c.ComplainantId, c.PersonHarassedId, c.RespondentId, full ? c.RespondentAuthority : null,
            c.Kinds.OrderBy(k => k.Kind).ThenBy(k => k.SubKind).Select(k => new ComplaintKindDto(k.Kind, k.SubKind)).ToList(),
            c.RequestedCounselorSex, c.RequestedSexUnavailable, c.ActiveCounselorIds.Order().ToList(), full ? c.SingleCounselorReason : null, c.RetaliationOf,
            full ? c.Handling : null, full ? c.HandlingReason : null, full ? c.ReferredToPersonnel : null,
            c.Intake.OrderBy(i => i.Version).Select(IntakeVersionDto.Of).ToList(),
            full ? HearingDto.Of(c.Hearings) : null,
            full ? c.Actions.OrderBy(a => a.Step).Select(a => new ComplaintActionDto(a.Id, a.Type, a.TakenOn, a.Note, a.ComplainantConsented, a.RecordedBy, a.RecordedAt)).ToList() : null,
            c.Notices.OrderBy(n => n.Step).Select(n => new ComplainantNoticeDto(n.Id, n.ToldOn, n.Note, n.RecordedBy, n.RecordedAt)).ToList(),
            full ? c.Emergencies.OrderBy(e => e.RecordedAt).Select(e => new EmergencyNoticeDto(e.Id, e.Reason, e.ComplainantObjected, e.NotifiedOn, e.Note, e.RecordedBy, e.RecordedAt)).ToList() : null,
            full ? c.FollowUps.OrderBy(f => f.DueOn).ThenBy(f => f.EmployeeId).Select(FollowUpCheckDto.Of).ToList() : null,
            full ? c.AuthorityRequests.OrderBy(r => r.RecordedAt).Select(AuthorityRequestDto.Of).ToList() : null,
            c.Outcome, full ? c.OutcomeNote : null, c.ClosedOn);
    }

    internal static ComplaintDto Full(Complaint c) => Of(c, ComplaintView.Full);
}

/// <summary>A line of a list of complaints: no content, only what a counsellor needs to find their cases.</summary>
public sealed record ComplaintSummaryDto(Guid Id, DateOnly ReceivedOn, ComplaintStatus Status, IReadOnlyList<HarassmentKind> Kinds, bool IsRetaliationReport);

/// <summary>What the welfare officer gets back from assigning counsellors: the assignment, never the content.</summary>
public sealed record ComplaintAssignmentDto(Guid Id, IReadOnlyList<string> CounselorIds, bool RequestedSexUnavailable, string? SingleCounselorReason);
