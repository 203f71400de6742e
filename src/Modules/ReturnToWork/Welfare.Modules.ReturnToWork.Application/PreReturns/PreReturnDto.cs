using Welfare.Modules.ReturnToWork.Domain.PreReturns;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns;

/// <summary>
/// A case as far as the caller may see it: <see cref="Parts"/> names the parts shown; the others are null.
/// <see cref="Warnings"/>: <c>interview-overdue</c> when the middle of the plan passed without the physician's interview (art. 13(3)).
/// </summary>
public sealed record PreReturnDto(
    Guid Id,
    string EmployeeId,
    string DepartmentCode,
    PreReturnStatus Status,
    DateTimeOffset OpenedAt,
    DateOnly? StartOn,
    DateOnly? EndOn,
    DateOnly? EndedOn,
    string? SupportOfficerId,
    DateTimeOffset? StopRequestedAt,
    IReadOnlyList<string> Parts,
    IReadOnlyList<string> Warnings,
    BriefingDto? Briefing,
    ApplicationDto? Application,
    CertificateDto? Certificate,
    PlanDto? Plan,
    ReviewDto? Review,
    DecisionDto? Decision,
    IReadOnlyList<DailyLogDto>? Logs,
    IReadOnlyList<ProgrammeInterviewDto>? Interviews,
    ContactsDto? Contacts,
    IReadOnlyList<ChangeRequestDto>? ChangeRequests,
    ResultReportDto? Result)
{
    internal static PreReturnDto For(PreReturn c, CaseRelation relation, CertificateDto? certificate, DateOnly today)
    {
        var warnings = relation.Sees("warnings") && c.InterviewOverdue(today) ? new[] { "interview-overdue" } : [];
        return new PreReturnDto(
            c.Id, c.EmployeeId, c.DepartmentCode, c.Status, c.OpenedAt, c.Plan?.StartOn, c.Plan?.EndOn, c.EndedOn, c.SupportOfficerId, c.StopRequestedAt,
            CaseParts.Of(relation), warnings,
            relation.Sees("briefing") ? new BriefingDto(c.BriefingComplete, [.. c.Briefing.Select(b => new BriefingEntryDto(b.Point, b.ExplainedOn, b.ExplainedBy))]) : null,
            relation.Sees("application") && c.Application is { } a
                ? new ApplicationDto(a.AttendingPhysician.Name, a.AttendingPhysician.Institution, a.WishedStartOn, a.ConsentedToConditionsAt,
                    new FamilyConsentDto(a.FamilyConsent.Name, a.FamilyConsent.Relationship, a.FamilyConsent.NoFamily, a.FamilyConsent.AcceptedBy, a.FamilyConsent.AcceptedAt, a.FamilyConsent.IsValid),
                    a.SubmittedAt)
                : null,
            relation.Sees("certificate") ? certificate : null,
            relation.Sees("plan") && c.Plan is not null ? PlanDto.From(c.Plan) : null,
            relation.Sees("review") && c.Review is { } r ? new ReviewDto(r.InterviewedOn, r.Feasible, r.PlanAppropriate, r.Opinion, r.PhysicianId, r.RecordedAt) : null,
            relation.Sees("decision") && c.Decision is { } d ? new DecisionDto(d.Approved, d.DecidedOn, d.Remarks, d.DirectorId) : null,
            relation.Sees("logs") ? [.. c.Logs.OrderBy(l => l.Date).Select(DailyLogDto.From)] : null,
            relation.Sees("interviews")
                ? [.. c.Interviews.OrderBy(i => i.HeldOn).Select(i => new ProgrammeInterviewDto(i.HeldOn, i.PhysicianId, relation.HasFlag(CaseRelation.Physician) ? i.Notes : null))]
                : null,
            relation.Sees("contacts")
                ? new ContactsDto(c.ContactConsent?.AttendingPhysician ?? false, c.ContactConsent?.Family ?? false, c.ContactConsent?.GivenAt,
                    [.. c.Contacts.Select(k => new ContactDto(k.Party, k.ContactedOn, k.Summary, k.OfficerId))])
                : null,
            relation.Sees("changeRequests") ? [.. c.ChangeRequests.Select(ChangeRequestDto.From)] : null,
            relation.Sees("result") && c.Result is { } res
                ? new ResultReportDto(res.Outcome, res.EndedOn, res.ReturnOn, res.Summary, res.RecommendedRestrictionMonths, res.AttendingPhysicianInformedOn, res.ReportedBy, res.ReportedAt)
                : null);
    }
}

public sealed record BriefingDto(bool Complete, IReadOnlyList<BriefingEntryDto> Points);

public sealed record BriefingEntryDto(BriefingPoint Point, DateOnly ExplainedOn, string ExplainedBy);

public sealed record FamilyConsentDto(string Name, string Relationship, bool NoFamily, string? AcceptedBy, DateTimeOffset? AcceptedAt, bool Valid);

public sealed record ApplicationDto(
    string AttendingPhysicianName, string AttendingPhysicianInstitution, DateOnly? WishedStartOn, DateTimeOffset ConsentedToConditionsAt, FamilyConsentDto FamilyConsent, DateTimeOffset SubmittedAt);

/// <summary>The certificate's description; the file itself only at its own route.</summary>
public sealed record CertificateDto(string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt)
{
    internal static CertificateDto From(MedicalCertificate c) => new(c.ContentType, c.Size, c.Sha256, c.UploadedAt);
}

public sealed record PlanWeekDto(int Week, TimeOnly Start, TimeOnly End, int DaysPerWeek, double DailyHours)
{
    internal static PlanWeekDto From(PlanWeek w) => new(w.Week, w.Start, w.End, w.DaysPerWeek, w.DailyHours);
}

public sealed record PlanDto(
    int Version,
    DateOnly StartOn,
    DateOnly EndOn,
    int Weeks,
    string PlaceDepartmentCode,
    PlaceChangeReason? PlaceChangeReason,
    string? PlaceChangeExplanation,
    IReadOnlyList<PlanTask> Tasks,
    string? TaskDetails,
    IReadOnlyList<PlanWeekDto> Schedule,
    string? Considerations,
    string DraftedBy)
{
    internal static PlanDto From(PreReturnPlan p) => new(p.Version, p.StartOn, p.EndOn, p.Weeks, p.PlaceDepartmentCode, p.PlaceChangeReason, p.PlaceChangeExplanation,
        p.Tasks, p.TaskDetails, [.. p.Schedule.Select(PlanWeekDto.From)], p.Considerations, p.DraftedBy);
}

public sealed record ReviewDto(DateOnly InterviewedOn, bool Feasible, bool PlanAppropriate, string Opinion, string PhysicianId, DateTimeOffset RecordedAt);

public sealed record DecisionDto(bool Approved, DateOnly DecidedOn, string Remarks, string DirectorId);

public sealed record DailyLogDto(DateOnly Date, TimeOnly Start, TimeOnly End, IReadOnlyList<PlanTask> Tasks, string? TaskDetails, Condition Condition, string? Remarks,
    bool Reviewed, string? Report, string? ReviewedBy)
{
    internal static DailyLogDto From(DailyLog l) => new(l.Date, l.Start, l.End, l.Tasks, l.TaskDetails, l.Condition, l.Remarks, l.Review is not null, l.Review?.Report, l.Review?.ReviewedBy);
}

/// <summary>An interview during the programme; the notes only for physicians.</summary>
public sealed record ProgrammeInterviewDto(DateOnly HeldOn, string PhysicianId, string? Notes);

public sealed record ContactsDto(bool ConsentAttendingPhysician, bool ConsentFamily, DateTimeOffset? ConsentGivenAt, IReadOnlyList<ContactDto> Contacts);

public sealed record ContactDto(ContactParty Party, DateOnly ContactedOn, string Summary, string OfficerId);

public sealed record ChangeRequestDto(
    Guid Id, ChangeKind Kind, ChangeReason Reason, string Explanation, PlanDto? NewPlan, string RequestedBy, DateTimeOffset RequestedAt,
    bool? PhysicianAgrees, string? PhysicianOpinion, bool? Approved, DateOnly? DecidedOn, string? DecisionRemarks, DateTimeOffset? ParticipantInformedAt)
{
    internal static ChangeRequestDto From(ChangeRequest r) => new(r.Id, r.Kind, r.Reason, r.Explanation, r.NewPlan is null ? null : PlanDto.From(r.NewPlan), r.RequestedBy,
        r.RequestedAt, r.Opinion?.Agrees, r.Opinion?.Opinion, r.Decision?.Approved, r.Decision?.DecidedOn, r.Decision?.Remarks, r.ParticipantInformedAt);
}

public sealed record ResultReportDto(
    PreReturnOutcome Outcome, DateOnly EndedOn, DateOnly? ReturnOn, string Summary, int? RecommendedRestrictionMonths, DateOnly AttendingPhysicianInformedOn,
    string ReportedBy, DateTimeOffset ReportedAt);

/// <summary>A line of the list of cases.</summary>
public sealed record PreReturnSummaryDto(Guid Id, string EmployeeId, string DepartmentCode, PreReturnStatus Status, DateOnly? StartOn, DateOnly? EndOn,
    string? SupportOfficerId, IReadOnlyList<string> Warnings);
