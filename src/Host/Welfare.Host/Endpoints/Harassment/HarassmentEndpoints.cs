using Welfare.Host.Concurrency;
using Welfare.Host.Lists;
using Welfare.Host.OpenApi;
using Welfare.Host.Security;
using Welfare.Modules.Harassment.Application.Complaints.AssignCounselors;
using Welfare.Modules.Harassment.Application.Complaints.ChooseHandling;
using Welfare.Modules.Harassment.Application.Complaints.CloseComplaint;
using Welfare.Modules.Harassment.Application.Complaints.ConfirmHearing;
using Welfare.Modules.Harassment.Application.Complaints.ConfirmIntake;
using Welfare.Modules.Harassment.Application.Complaints.CorrectHearing;
using Welfare.Modules.Harassment.Application.Complaints.CorrectIntake;
using Welfare.Modules.Harassment.Application.Complaints.GetComplaint;
using Welfare.Modules.Harassment.Application.Complaints.GetComplaints;
using Welfare.Modules.Harassment.Application.Complaints.GetEmergencyNotices;
using Welfare.Modules.Harassment.Application.Complaints.GetFollowUps;
using Welfare.Modules.Harassment.Application.Complaints.GetMyComplaints;
using Welfare.Modules.Harassment.Application.Complaints.NotifyEmergency;
using Welfare.Modules.Harassment.Application.Complaints.ReceiveComplaint;
using Welfare.Modules.Harassment.Application.Complaints.RecordAuthorityAnswer;
using Welfare.Modules.Harassment.Application.Complaints.RecordFollowUp;
using Welfare.Modules.Harassment.Application.Complaints.RecordHearing;
using Welfare.Modules.Harassment.Application.Complaints.RecordIntake;
using Welfare.Modules.Harassment.Application.Complaints.RequestAuthority;
using Welfare.Modules.Harassment.Application.Complaints.TakeAction;
using Welfare.Modules.Harassment.Application.Complaints.TellComplainant;
using Welfare.Modules.Harassment.Application.Complaints;
using Welfare.Modules.Harassment.Application.Counselors.DesignateCounselor;
using Welfare.Modules.Harassment.Application.Counselors.GetConsultationDesk;
using Welfare.Modules.Harassment.Application.Counselors.GetCounselors;
using Welfare.Modules.Harassment.Application.Counselors.ReleaseCounselor;
using Welfare.Modules.Harassment.Application.Counselors.SetConsultationDesk;
using Welfare.Modules.Harassment.Application.Counselors;
using Welfare.Modules.Harassment.Application.Kinds.GetKinds;
using Welfare.Modules.Harassment.Application.Settings.GetSettings;
using Welfare.Modules.Harassment.Application.Settings.UpdateSettings;
using Welfare.Modules.Harassment.Application.Settings;
using Welfare.Modules.Harassment.Application.Statistics.GetStatistics;
using Welfare.Modules.Harassment.Application.Training.GetTrainingSessions;
using Welfare.Modules.Harassment.Application.Training.GetUntrained;
using Welfare.Modules.Harassment.Application.Training.PlanTrainingSession;
using Welfare.Modules.Harassment.Application.Training.RecordAttendance;
using Welfare.Modules.Harassment.Application.Training;
using Welfare.Modules.Harassment.Application;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.Modules.Harassment.Domain.Kinds;
using Welfare.Modules.Harassment.Domain.Training;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.Endpoints.Harassment;

/// <summary>
/// Routes of the Harassment module under <c>/api/v1/harassment</c> (seed 003: 訓令第9–11号 and their 運用通知
/// with 別紙第2). Complaint records are sealed to their assigned counsellors: everyone else gets 404.
/// </summary>
internal static class HarassmentEndpoints
{
    public const string Tag = "Harassment";

    public static IEndpointRouteBuilder MapHarassmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/harassment").WithTags(Tag);
        MapSystem(group);
        MapComplaints(group);
        MapRecords(group);
        MapFollowThrough(group);
        MapTrainingAndStatistics(group);
        return app;
    }

    private static void MapSystem(RouteGroupBuilder group)
    {
        group.MapGet("/kinds", async (IHarassmentModule m, CancellationToken ct) => TypedResults.Ok(await m.ExecuteQueryAsync(new GetKindsQuery(), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetHarassmentKinds")
            .WithSummary("The kinds a complaint may name: sexual, power, and pregnancy/childbirth/childcare/family-care harassment with the grounds of 訓令第10号 第2条 (incl. fertility treatment, 2021).")
            .AnswersBoundedList(Enum.GetValues<HarassmentKind>().Length, "one entry per kind of harassment the regulations name");
        group.MapGet("/consultation-desk", async (string? search, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetConsultationDeskQuery(search), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetHarassmentConsultationDesk")
            .WithSummary("The consultation system published to every employee (第7条): places, hours, contacts, and the designated counsellors (staff number, sex, and for employees their name and department).");
        group.MapPut("/consultation-desk", async (ConsultationDeskRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new SetConsultationDeskCommand(body.Entries), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("SetHarassmentConsultationDesk")
            .WithSummary("The welfare officer publishes the places and hours of consultation (replaces the list).")
            .ProducesValidationProblem();
        group.MapGet("/counselors", async (string? search, int? page, int? pageSize, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetCounselorsQuery(search, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("GetHarassmentCounselors")
            .WithSummary("Every counsellor designation, current and ended, by staff number, with name and department.")
            .ProducesValidationProblem();
        group.MapPost("/counselors", async (DesignateCounselorRequest body, IHarassmentModule m, CancellationToken ct) =>
            {
                var counselor = await m.ExecuteCommandAsync(new DesignateCounselorCommand(body.EmployeeId, body.Sex, body.DesignatedOn), ct);
                return TypedResults.Created($"/api/v1/harassment/counselors/{counselor.Id}", counselor);
            })
            .RequireAuthorization(Policies.WelfareOfficer).WithName("DesignateHarassmentCounselor").WaitsForDirectory()
            .WithSummary("The welfare officer designates an employee in service as a counsellor, recording their sex.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/counselors/{id:guid}/release", async (Guid id, ReleaseCounselorRequest? body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ReleaseCounselorCommand(id, body?.ReleasedOn), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("ReleaseHarassmentCounselor")
            .WithSummary("The welfare officer ends a designation; the counsellor loses access to their complaints.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/settings", async (IHarassmentModule m, CancellationToken ct) => TypedResults.Ok(await m.ExecuteQueryAsync(new GetSettingsQuery(), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("GetHarassmentSettings")
            .WithSummary("Follow-up intervals after closure, the statistics' minimum cell size, the supervisor grade rank, the period an employee counts as new.").ReadsEditableRecord();
        group.MapPut("/settings", async (HarassmentSettingsDto body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new UpdateSettingsCommand(body.FollowUpDays, body.MinimumCellSize, body.SupervisorGradeRank, body.NewPeriodMonths), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("UpdateHarassmentSettings")
            .WithSummary("The welfare officer changes the module's settings.")
            .ProducesValidationProblem().ChangesEditableRecord();
    }

    private static void MapComplaints(RouteGroupBuilder group)
    {
        group.MapPost("/complaints", async (ReceiveComplaintRequest body, IHarassmentModule m, CancellationToken ct) =>
            {
                var complaint = await m.ExecuteCommandAsync(new ReceiveComplaintCommand(body.Source, body.ComplainantId, body.PersonHarassedId, body.RespondentId,
                    body.Kinds, body.RequestedCounselorSex, body.CounselorIds, body.SingleCounselorReason, body.RetaliationOf, body.ReceivedOn), ct);
                return TypedResults.Created($"/api/v1/harassment/complaints/{complaint.Id}", complaint);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("ReceiveHarassmentComplaint").WaitsForDirectory()
            .WithSummary("A designated counsellor records a complaint received: source, complainant, respondent, kinds, the counsellor sex asked for, the counsellors (two in principle, or one with the reason); retaliationOf links a retaliation report. Others: 403.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/complaints", async (ComplaintStatus? status, int? page, int? pageSize, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetComplaintsQuery(status, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetHarassmentComplaints")
            .WithSummary("The complaints the caller handles (no content): a counsellor's assigned cases, the personnel officer's referred ones. Others: 403.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/me/complaints", async (int? page, int? pageSize, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetMyComplaintsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyHarassmentComplaints")
            .WithSummary("The complaints the caller brought, with their status, newest first.")
            .ProducesValidationProblem();
        group.MapGet("/complaints/{id:guid}", async (Guid id, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetComplaintQuery(id), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetHarassmentComplaint")
            .WithSummary("One complaint: in full for its assigned counsellors and, once referred, the personnel officer; the complainant sees their intake record, notices and status. Everyone else (respondent, supervisors, heads, other counsellors, the welfare officer): 404, audited.")
            .ProducesProblem(StatusCodes.Status404NotFound).ReadsEditableRecord();
        group.MapPut("/complaints/{id:guid}/counselors", async (Guid id, AssignCounselorsRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new AssignCounselorsCommand(id, body.CounselorIds, body.SingleCounselorReason), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("AssignHarassmentCounselors")
            .WithSummary("The welfare officer or an assigned counsellor sets the counsellors of a complaint (answers the assignment only, never content).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // The welfare officer may reassign counsellors but never read the sealed record, so cannot name its version.
            .ChangesEditableRecord(ifMatchRequired: false);
        group.MapGet("/emergency-notices", async (int? page, int? pageSize, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetEmergencyNoticesQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("GetHarassmentEmergencyNotices")
            .WithSummary("Every emergency notice to the personnel division (ids, date, reason, whether the complainant objected), newest first, for the welfare officer.")
            .ProducesValidationProblem();
        group.MapGet("/follow-ups", async (DateOnly? dueBy, int? page, int? pageSize, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetFollowUpsQuery(dueBy, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetHarassmentFollowUps")
            .WithSummary("Checks against retaliation due by a day (default today) on the caller's complaints (counsellors only), earliest due first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static void MapRecords(RouteGroupBuilder group)
    {
        group.MapPost("/complaints/{id:guid}/intake", async (Guid id, IntakeFactsDto body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordIntakeCommand(id, body), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordHarassmentIntake")
            .WithSummary("An assigned counsellor records the intake (別紙第2 第2-2); each call before confirmation appends a version. After confirmation: 409 (use corrections).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/intake/corrections", async (Guid id, IntakeCorrectionRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new CorrectIntakeCommand(id, body.Facts, body.CorrectionNote), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("CorrectHarassmentIntake")
            .WithSummary("Appends a correction to a confirmed intake record as a new version (to be confirmed again); nothing is overwritten.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/intake/confirmation", async (Guid id, ConfirmationRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ConfirmIntakeCommand(id, body.Version, body.Method), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("ConfirmHarassmentIntake")
            .WithSummary("The complainant confirmed the latest version (in writing or read back).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ChangesEditableRecord();
        group.MapPut("/complaints/{id:guid}/handling", async (Guid id, HandlingRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ChooseHandlingCommand(id, body.Choice, body.Reason), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("ChooseHarassmentHandling")
            .WithSummary("Hearing the respondent, or for a minor non-urgent case the supervisor's observation and guidance (recorded choice, 第2-3(1)).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/hearings", async (Guid id, HearingRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordHearingCommand(id, body.Kind, body.SubjectEmployeeId, body.HeldOn, body.Account,
                    body.ExplanationOffered, body.Explanation, body.DisputesFacts), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordHarassmentHearing")
            .WithSummary("A hearing of the respondent (with the chance to explain) or of a third party where the parties disagree; needs the confirmed intake.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/hearings/{hearingId:guid}/corrections", async (Guid id, Guid hearingId, HearingCorrectionRequest body, IHarassmentModule m,
                CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new CorrectHearingCommand(id, hearingId, body.Account, body.Explanation, body.DisputesFacts, body.CorrectionNote), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("CorrectHarassmentHearing")
            .WithSummary("Appends a version of a hearing record; earlier versions stay.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/hearings/{hearingId:guid}/confirmation", async (Guid id, Guid hearingId, ConfirmationRequest body, IHarassmentModule m,
                CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ConfirmHearingCommand(id, hearingId, body.Version, body.Method), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("ConfirmHarassmentHearing")
            .WithSummary("The person heard confirmed the latest version of the hearing record.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
    }

    private static void MapFollowThrough(RouteGroupBuilder group)
    {
        group.MapPost("/complaints/{id:guid}/actions", async (Guid id, ActionRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new TakeActionCommand(id, body.Type, body.TakenOn, body.Note, body.ComplainantConsented), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("TakeHarassmentAction")
            .WithSummary("A response of 別紙第2 第3 (supervisor's guidance, direct warning, advice, mediation, personnel referral with consent); needs the confirmed intake.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/complainant-notices", async (Guid id, ComplainantNoticeRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new TellComplainantCommand(id, body.ToldOn, body.Note), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("TellHarassmentComplainant")
            .WithSummary("Records that the complainant was told what was done (第2-5).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/closure", async (Guid id, ClosureRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new CloseComplaintCommand(id, body.Outcome, body.Note), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("CloseHarassmentComplaint")
            .WithSummary("Closes with an outcome once the complainant was told what was done; schedules the checks against retaliation.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/emergency-notices", async (Guid id, EmergencyNoticeRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new NotifyEmergencyCommand(id, body.Reason, body.ComplainantObjected, body.NotifiedOn, body.Note), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("NotifyHarassmentEmergency")
            .WithSummary("Tells the personnel division of an emergency even against the complainant's wish, recording that wish (第2-6); audited and listed for the welfare officer.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/follow-ups/{checkId:guid}", async (Guid id, Guid checkId, FollowUpRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordFollowUpCommand(id, checkId, body.CheckedOn, body.AdverseTreatmentFound, body.Note), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordHarassmentFollowUp")
            .WithSummary("The result of a check against retaliation (第3条).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/complaints/{id:guid}/authority-requests", async (Guid id, AuthorityRequestRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RequestAuthorityCommand(id, body.RequestedOn, body.Note), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RequestHarassmentInvestigationByAuthority")
            .WithSummary("Records the request to the respondent's other appointing authority to investigate and guide (第5条3).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPut("/complaints/{id:guid}/authority-requests/{requestId:guid}/answer", async (Guid id, Guid requestId, AuthorityAnswerRequest body, IHarassmentModule m,
                CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordAuthorityAnswerCommand(id, requestId, body.AnsweredOn, body.Answer), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordHarassmentAuthorityAnswer")
            .WithSummary("Records the other authority's answer, closing the tracked request.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
    }

    private static void MapTrainingAndStatistics(RouteGroupBuilder group)
    {
        group.MapPost("/training-sessions", async (TrainingSessionRequest body, IHarassmentModule m, CancellationToken ct) =>
            {
                var session = await m.ExecuteCommandAsync(new PlanTrainingSessionCommand(body.Title, body.HeldOn, body.Audience, body.Kinds, body.Topics,
                    body.CoversSexualOrientationAndGenderIdentity), ct);
                return TypedResults.Created($"/api/v1/harassment/training-sessions/{session.Id}", session);
            })
            .RequireAuthorization(Policies.WelfareOfficer).WithName("PlanHarassmentTrainingSession")
            .WithSummary("A training session (第6条): audience, date, kinds, topics; sexual harassment training covers sexual orientation and gender identity (422 otherwise).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/training-sessions", async (int fiscalYear, int? page, int? pageSize, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetTrainingSessionsQuery(fiscalYear, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("GetHarassmentTrainingSessions")
            .WithSummary("Sessions of a fiscal year with attendance, by date.")
            .ProducesValidationProblem();
        group.MapPost("/training-sessions/{id:guid}/attendance", async (Guid id, AttendanceRequest body, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordAttendanceCommand(id, body.EmployeeIds), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("RecordHarassmentTrainingAttendance")
            .WithSummary("Adds attendees to a session that has been held.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/training/untrained", async (TrainingAudience audience, int? page, int? pageSize, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetUntrainedQuery(audience, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("GetHarassmentUntrained")
            .WithSummary("New employees or new supervisors who have not yet attended a session for their audience, by department and staff number.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/statistics", async (int fiscalYear, IHarassmentModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetStatisticsQuery(fiscalYear), ct)))
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("GetHarassmentStatistics").RequireRateLimiting(RateLimits.Bulk)
            .WithSummary("Counts per fiscal year and kind (complaints, sources, actions, closures and days to close, emergencies, retaliation reports); cells below the minimum size are null.")
            .ProducesValidationProblem();
    }
}

internal sealed record ConsultationDeskRequest(IReadOnlyList<ConsultationDeskEntryDto> Entries);

internal sealed record DesignateCounselorRequest(string EmployeeId, CounselorSex Sex, DateOnly? DesignatedOn);

internal sealed record ReleaseCounselorRequest(DateOnly? ReleasedOn);

internal sealed record ReceiveComplaintRequest(
    ComplaintSource Source,
    string ComplainantId,
    string? PersonHarassedId,
    string? RespondentId,
    IReadOnlyList<ComplaintKindDto> Kinds,
    CounselorSex? RequestedCounselorSex,
    IReadOnlyList<string> CounselorIds,
    string? SingleCounselorReason,
    Guid? RetaliationOf,
    DateOnly? ReceivedOn);

internal sealed record AssignCounselorsRequest(IReadOnlyList<string> CounselorIds, string? SingleCounselorReason);

internal sealed record IntakeCorrectionRequest(IntakeFactsDto Facts, string CorrectionNote);

internal sealed record ConfirmationRequest(int Version, ConfirmationMethod Method);

internal sealed record HandlingRequest(HandlingChoice Choice, string Reason);

internal sealed record HearingRequest(HearingKind Kind, string SubjectEmployeeId, DateOnly HeldOn, string Account, bool ExplanationOffered, string? Explanation, bool DisputesFacts);

internal sealed record HearingCorrectionRequest(string Account, string? Explanation, bool DisputesFacts, string CorrectionNote);

internal sealed record ActionRequest(ComplaintActionType Type, DateOnly TakenOn, string Note, bool ComplainantConsented);

internal sealed record ComplainantNoticeRequest(DateOnly ToldOn, string Note);

internal sealed record ClosureRequest(ComplaintOutcome Outcome, string? Note);

internal sealed record EmergencyNoticeRequest(EmergencyReason Reason, bool ComplainantObjected, DateOnly? NotifiedOn, string Note);

internal sealed record FollowUpRequest(DateOnly? CheckedOn, bool AdverseTreatmentFound, string? Note);

internal sealed record AuthorityRequestRequest(DateOnly? RequestedOn, string Note);

internal sealed record AuthorityAnswerRequest(DateOnly? AnsweredOn, string Answer);

internal sealed record TrainingSessionRequest(string Title, DateOnly HeldOn, TrainingAudience Audience, IReadOnlyList<HarassmentKind> Kinds, IReadOnlyList<string> Topics,
    bool CoversSexualOrientationAndGenderIdentity);

internal sealed record AttendanceRequest(IReadOnlyList<string> EmployeeIds);
