using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Welfare.Host.Lists;
using Welfare.Host.Concurrency;
using Welfare.Host.OpenApi;
using Welfare.Host.Security;
using Welfare.Host.Validation;
using Welfare.Modules.ReturnToWork.Application;
using Welfare.Modules.ReturnToWork.Application.Changes.AskToStop;
using Welfare.Modules.ReturnToWork.Application.Changes.DecideChange;
using Welfare.Modules.ReturnToWork.Application.Changes.GiveChangeOpinion;
using Welfare.Modules.ReturnToWork.Application.Changes.InformParticipant;
using Welfare.Modules.ReturnToWork.Application.Changes.RequestChange;
using Welfare.Modules.ReturnToWork.Application.Execution.GiveContactConsent;
using Welfare.Modules.ReturnToWork.Application.Forms.GetForm;
using Welfare.Modules.ReturnToWork.Application.Execution.RecordDailyLog;
using Welfare.Modules.ReturnToWork.Application.Execution.RecordProgrammeInterview;
using Welfare.Modules.ReturnToWork.Application.Execution.RecordSupportContact;
using Welfare.Modules.ReturnToWork.Application.Execution.ReviewDailyLog;
using Welfare.Modules.ReturnToWork.Application.LeaveCases;
using Welfare.Modules.ReturnToWork.Application.LeaveCases.GetLeaveCases;
using Welfare.Modules.ReturnToWork.Application.LeaveCases.ImportLeaveCases;
using Welfare.Modules.ReturnToWork.Application.LeaveCases.RecordLeaveCase;
using Welfare.Modules.ReturnToWork.Application.LeaveCases.UpdateLeaveCase;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Application.PreReturns.AcceptFamilySubstitute;
using Welfare.Modules.ReturnToWork.Application.PreReturns.DecidePreReturn;
using Welfare.Modules.ReturnToWork.Application.PreReturns.DesignateSupportOfficer;
using Welfare.Modules.ReturnToWork.Application.PreReturns.DraftPlan;
using Welfare.Modules.ReturnToWork.Application.PreReturns.GetCertificate;
using Welfare.Modules.ReturnToWork.Application.PreReturns.GetPreReturn;
using Welfare.Modules.ReturnToWork.Application.PreReturns.GetPreReturns;
using Welfare.Modules.ReturnToWork.Application.PreReturns.GetStandardSchedule;
using Welfare.Modules.ReturnToWork.Application.PreReturns.OpenPreReturn;
using Welfare.Modules.ReturnToWork.Application.PreReturns.RecordBriefing;
using Welfare.Modules.ReturnToWork.Application.PreReturns.RecordReview;
using Welfare.Modules.ReturnToWork.Application.PreReturns.SubmitApplication;
using Welfare.Modules.ReturnToWork.Application.PreReturns.UploadCertificate;
using Welfare.Modules.ReturnToWork.Application.Results.ReportResult;
using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.Endpoints.ReturnToWork;

internal static class ReturnToWorkEndpoints
{
    public const string Tag = "ReturnToWork";

    /// <summary>Routes of the ReturnToWork module under <c>/api/v1/return-to-work</c> (seed 001, the pre-return).</summary>
    public static IEndpointRouteBuilder MapReturnToWorkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/return-to-work").WithTags(Tag);
        var settings = app.ServiceProvider.GetRequiredService<ReturnToWorkSettings>();
        var imports = app.ServiceProvider.GetRequiredService<ImportLimits>().LeaveCases;

        group.MapPost("/leave-cases", RecordLeaveCaseAsync)
            .RequireAuthorization(Policies.LeaveRecorder).WithName("RecordLeaveCase")
            .WithSummary("Record an employee's long sick leave or leave of absence (personnel system or welfare officer); a known reference updates that leave instead (200).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/imports/leave-cases", async (ImportLeaveCasesCommand command, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(command, ct)))
            .RequireAuthorization(Policies.PersonnelSystem).WithName("ImportLeaveCases").RequireRateLimiting(RateLimits.Bulk)
            .WithSummary("The personnel system's batch of leave records (rows bounded by configuration, 10,000 by default, each with its reference): created, updated and rejected rows with reasons.")
            .WithMetadata(new RequestSizeLimitAttribute(imports.MaxBytes), imports, ErrorHandling.GzipRequestBody.Instance)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPut("/leave-cases/{leaveCaseId:guid}", async (Guid leaveCaseId, LeaveCaseRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new UpdateLeaveCaseCommand(leaveCaseId, body.Kind, body.StartedOn, body.ExpectedEndOn, body.EndedOn), ct)))
            .RequireAuthorization(Policies.LeaveRecorder).WithName("UpdateLeaveCase").WithSummary("Correct a leave case, e.g. record its end.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/employees/{employeeId}/leave-cases", async (string employeeId, int? page, int? pageSize, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetLeaveCasesQuery(employeeId, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.EmployeeOrPersonnelSystem).WithName("GetLeaveCases")
            .WithSummary("An employee's leave cases, latest first, and whether each qualifies for a pre-return: the employee, their department head, physicians, welfare officers, the personnel system.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/standard-schedule", async (int? weeks, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetStandardScheduleQuery(weeks), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStandardPreReturnSchedule")
            .WithSummary("The standard schedule of art. 11 for a plan of the given length (default 4 weeks): week 1 mornings, afternoons extended an hour a week, full days in the last week.")
            .AnswersBoundedList(settings.MaxPlanWeeks, "one entry per week of the plan, which lasts at most the regulations' longest plan")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/pre-returns", async (OpenPreReturnCommand command, IReturnToWorkModule m, CancellationToken ct) =>
            {
                var opened = await m.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/return-to-work/pre-returns/{opened.Id}", opened);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("OpenPreReturn").WaitsForDirectory()
            .WithSummary("Open a pre-return for an employee on a qualifying leave (the head of their department or a physician, art. 8); one active pre-return per employee.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/pre-returns", async (PreReturnStatus? status, bool? interviewOverdue, int? page, int? pageSize, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetPreReturnsQuery(status, interviewOverdue, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetPreReturns")
            .WithSummary("The cases the caller has a part in, newest first; interviewOverdue=true for those past the middle of the plan without the physician's interview (heads and physicians).")
            .ProducesValidationProblem();
        group.MapGet("/pre-returns/{preReturnId:guid}", async (Guid preReturnId, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetPreReturnQuery(preReturnId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetPreReturn")
            .WithSummary("A case with the parts the caller's duty needs (parts lists them); 404 for anyone with no part in it.")
            .ProducesProblem(StatusCodes.Status404NotFound).ReadsEditableRecord(viewChangesWithTheDay: true);
        group.MapPost("/pre-returns/{preReturnId:guid}/briefing", async (Guid preReturnId, BriefingRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordBriefingCommand(preReturnId, body.Points, body.ExplainedOn), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordPreReturnBriefing")
            .WithSummary("Record briefing points explained (department head or physician, art. 8); the application is refused until every point is recorded.")
            .CaseProblems();
        group.MapPut("/pre-returns/{preReturnId:guid}/certificate", UploadCertificateAsync)
            .RequireAuthorization(Policies.Authenticated).WithName("UploadMedicalCertificate")
            .WithSummary("The employee uploads the attending physician's certificate as the raw body: application/pdf, image/jpeg or image/png, checked by its content; size-limited.")
            .WithMetadata(new StreamedBody(typeof(byte[]), "application/pdf", "image/jpeg", "image/png"))
            .WithMetadata(new RequestSizeLimitAttribute(settings.CertificateMaxBytes), ErrorHandling.GzipRequestBody.Instance)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType).CaseProblems();
        group.MapGet("/pre-returns/{preReturnId:guid}/certificate", async (Guid preReturnId, IReturnToWorkModule m, CancellationToken ct) =>
            {
                var file = await m.ExecuteQueryAsync(new GetCertificateQuery(preReturnId), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("GetMedicalCertificate")
            .WithSummary("Download the certificate: the participant, their department head, physicians, welfare officers and the director (never the support officer); audited.")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf", "image/jpeg", "image/png").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/pre-returns/{preReturnId:guid}/application", async (Guid preReturnId, ApplicationRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new SubmitApplicationCommand(preReturnId, body.AttendingPhysicianName, body.AttendingPhysicianInstitution,
                    body.WishedStartOn, body.ConsentToConditions, body.FamilyName, body.FamilyRelationship, body.NoFamily), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("SubmitPreReturnApplication")
            .WithSummary("The employee applies (Form 1) with their consent to the conditions and the family's consent; needs the full briefing and the certificate.")
            .CaseProblems();
        group.MapPost("/pre-returns/{preReturnId:guid}/family-consent/acceptance", async (Guid preReturnId, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new AcceptFamilySubstituteCommand(preReturnId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("AcceptFamilySubstitute")
            .WithSummary("Where there is no family, the department head accepts the person who consented in its place.")
            .CaseProblems();
        group.MapPut("/pre-returns/{preReturnId:guid}/plan", async (Guid preReturnId, PlanInput body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new DraftPlanCommand(preReturnId, body), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("DraftPreReturnPlan")
            .WithSummary("The department head drafts the plan (Form 3): standard 4 weeks, at most 12; the standard schedule or lighter; auxiliary tasks only; another place only with its reason.")
            .CaseProblems();
        group.MapPut("/pre-returns/{preReturnId:guid}/review", async (Guid preReturnId, ReviewRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordReviewCommand(preReturnId, body.InterviewedOn, body.Feasible, body.PlanAppropriate, body.Opinion), ct)))
            .RequireAuthorization(Policies.Physician).WithName("RecordPreReturnReview")
            .WithSummary("The physician's interview of the applicant and opinion on feasibility and plan (art. 12(3)).")
            .CaseProblems();
        group.MapPost("/pre-returns/{preReturnId:guid}/decision", async (Guid preReturnId, PreReturnDecisionRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new DecidePreReturnCommand(preReturnId, body.Approved, body.Remarks), ct)))
            .RequireAuthorization(Policies.ProgramDirector).WithName("DecidePreReturn")
            .WithSummary("The program director approves (decision notice, Form 4) or rejects the pre-return after the physician's review.")
            .CaseProblems();
        group.MapPut("/pre-returns/{preReturnId:guid}/support-officer", async (Guid preReturnId, SupportOfficerRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new DesignateSupportOfficerCommand(preReturnId, body.EmployeeId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("DesignateSupportOfficer").WaitsForDirectory()
            .WithSummary("After approval the department head designates the support officer (grade at least the configured minimum); the programme runs.")
            .CaseProblems();

        group.MapPost("/pre-returns/{preReturnId:guid}/logs", async (Guid preReturnId, DailyLogRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordDailyLogCommand(preReturnId, body.Date, body.Start, body.End, body.Tasks, body.TaskDetails, body.Condition, body.Remarks), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordPreReturnDailyLog")
            .WithSummary("The participant's daily log (Form 5): a day of the programme, once.")
            .CaseProblems();
        group.MapPost("/pre-returns/{preReturnId:guid}/logs/{date}/review", async (Guid preReturnId, DateOnly date, LogReviewRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ReviewDailyLogCommand(preReturnId, date, body.Report), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("ReviewPreReturnDailyLog")
            .WithSummary("The support officer checks a day's log and reports to the department head (art. 13(1)).")
            .CaseProblems();
        group.MapPost("/pre-returns/{preReturnId:guid}/interviews", async (Guid preReturnId, ProgrammeInterviewRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordProgrammeInterviewCommand(preReturnId, body.HeldOn, body.Notes), ct)))
            .RequireAuthorization(Policies.Physician).WithName("RecordPreReturnInterview")
            .WithSummary("The physician's interview during the programme (at least one, art. 13(3)); until then a warning shows from the middle of the plan.")
            .CaseProblems();
        group.MapPut("/pre-returns/{preReturnId:guid}/contact-consent", async (Guid preReturnId, ContactConsentRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new GiveContactConsentCommand(preReturnId, body.AttendingPhysician, body.Family), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GivePreReturnContactConsent")
            .WithSummary("The participant consents (or not) to the support officer contacting the attending physician and the family.")
            .CaseProblems();
        group.MapPost("/pre-returns/{preReturnId:guid}/contacts", async (Guid preReturnId, ContactRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordSupportContactCommand(preReturnId, body.Party, body.ContactedOn, body.Summary), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordPreReturnContact")
            .WithSummary("The support officer records a contact with the attending physician or family; only with the participant's consent.")
            .CaseProblems();

        group.MapPost("/pre-returns/{preReturnId:guid}/change-requests", async (Guid preReturnId, ChangeRequestRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RequestChangeCommand(preReturnId, body.Kind, body.Reason, body.Explanation, body.NewPlan), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RequestPreReturnChange")
            .WithSummary("The department head requests a change (with the new plan) or a cancellation (Form 6, art. 14).")
            .CaseProblems();
        group.MapPost("/pre-returns/{preReturnId:guid}/stop", async (Guid preReturnId, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new AskToStopCommand(preReturnId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("AskToStopPreReturn")
            .WithSummary("The participant asks to stop: at once and without argument; a running programme gets a cancellation request the director cannot refuse, an earlier case is withdrawn.")
            .CaseProblems();
        group.MapPut("/pre-returns/{preReturnId:guid}/change-requests/{requestId:guid}/opinion", async (Guid preReturnId, Guid requestId, ChangeOpinionRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new GiveChangeOpinionCommand(preReturnId, requestId, body.Agrees, body.Opinion), ct)))
            .RequireAuthorization(Policies.Physician).WithName("GivePreReturnChangeOpinion")
            .WithSummary("The physician's opinion on a pending change or cancellation request.")
            .CaseProblems();
        group.MapPost("/pre-returns/{preReturnId:guid}/change-requests/{requestId:guid}/decision", async (Guid preReturnId, Guid requestId, PreReturnDecisionRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new DecideChangeCommand(preReturnId, requestId, body.Approved, body.Remarks), ct)))
            .RequireAuthorization(Policies.ProgramDirector).WithName("DecidePreReturnChange")
            .WithSummary("The program director decides a change or cancellation after the physician's opinion; an approved change replaces the plan, an approved cancellation ends the programme.")
            .CaseProblems();
        group.MapPost("/pre-returns/{preReturnId:guid}/change-requests/{requestId:guid}/participant-informed", async (Guid preReturnId, Guid requestId, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new InformParticipantCommand(preReturnId, requestId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordPreReturnParticipantInformed")
            .WithSummary("The department head records that the participant was told of the decision (art. 14(3)).")
            .CaseProblems();
        group.MapPost("/pre-returns/{preReturnId:guid}/result-report", async (Guid preReturnId, ResultReportRequest body, IReturnToWorkModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ReportResultCommand(preReturnId, body.ReturnOn, body.Summary, body.RecommendedRestrictionMonths, body.AttendingPhysicianInformedOn), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("ReportPreReturnResult")
            .WithSummary("The department head reports the result (Form 7) after the plan ended or the cancellation; publishes PreReturnCompleted (completed or cancelled, day, restriction months).")
            .CaseProblems();
        group.MapGet("/pre-returns/{preReturnId:guid}/forms/{form}", FormAsync)
            .RequireAuthorization(Policies.Authenticated).WithName("GetPreReturnForm")
            .WithSummary("A numbered form as a printable page (format=html, default) or CSV (Accept: text/csv or format=csv): application (1), certificate (2), plan (3), " +
                "decision-notice (4), daily-log (5), change-request (6; the latest or requestId), result-report (7); for those who see that part of the case.")
            .AnswersCsv<string>("text/html").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<IResult> FormAsync(Guid preReturnId, Choice<PreReturnForm> form, Choice<FormFormat>? format, Guid? requestId, IReturnToWorkModule m,
        HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var dto = await m.ExecuteQueryAsync(new GetFormQuery(preReturnId, form, requestId), ct);
        if (request.WantsCsv(format))
        {
            return CsvAnswers.File(FormPrinter.Csv(dto), $"form{dto.FormNumber}-{preReturnId}.csv");
        }

        response.Headers.ContentSecurityPolicy = FormPrinter.ContentSecurityPolicy;
        return TypedResults.Content(FormPrinter.Html(dto), "text/html; charset=utf-8");
    }

    /// <summary>A change of a case: its problems, and the case's version it must name (If-Match).</summary>
    private static RouteHandlerBuilder CaseProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();

    private static async Task<Results<Created<LeaveCaseDto>, Ok<LeaveCaseDto>>> RecordLeaveCaseAsync(RecordLeaveCaseCommand command, IReturnToWorkModule m, CancellationToken ct)
    {
        var result = await m.ExecuteCommandAsync(command, ct);
        return result.Created
            ? TypedResults.Created($"/api/v1/return-to-work/employees/{result.LeaveCase.EmployeeId}/leave-cases", result.LeaveCase)
            : TypedResults.Ok(result.LeaveCase);
    }

    private static async Task<Ok<CertificateDto>> UploadCertificateAsync(Guid preReturnId, HttpRequest request, IReturnToWorkModule m, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        return TypedResults.Ok(await m.ExecuteCommandAsync(new UploadCertificateCommand(preReturnId, request.ContentType, buffer.ToArray()), ct));
    }
}

internal sealed record LeaveCaseRequest(LeaveKind Kind, DateOnly StartedOn, DateOnly? ExpectedEndOn, DateOnly? EndedOn);

internal sealed record BriefingRequest(IReadOnlyList<BriefingPoint> Points, DateOnly ExplainedOn);

internal sealed record ApplicationRequest(string AttendingPhysicianName, string AttendingPhysicianInstitution, DateOnly? WishedStartOn, bool ConsentToConditions,
    string FamilyName, string FamilyRelationship, bool NoFamily);

internal sealed record ReviewRequest(DateOnly InterviewedOn, bool Feasible, bool PlanAppropriate, string Opinion);

internal sealed record PreReturnDecisionRequest(bool Approved, string Remarks);

internal sealed record SupportOfficerRequest(string EmployeeId);

internal sealed record DailyLogRequest(DateOnly Date, TimeOnly Start, TimeOnly End, IReadOnlyList<PlanTask> Tasks, string? TaskDetails, Condition Condition, string? Remarks);

internal sealed record LogReviewRequest(string Report);

internal sealed record ProgrammeInterviewRequest(DateOnly HeldOn, string Notes);

internal sealed record ContactConsentRequest(bool AttendingPhysician, bool Family);

internal sealed record ContactRequest(ContactParty Party, DateOnly ContactedOn, string Summary);

internal sealed record ChangeRequestRequest(ChangeKind Kind, ChangeReason Reason, string Explanation, PlanInput? NewPlan);

internal sealed record ChangeOpinionRequest(bool Agrees, string Opinion);

internal sealed record ResultReportRequest(DateOnly? ReturnOn, string Summary, int? RecommendedRestrictionMonths, DateOnly AttendingPhysicianInformedOn);
