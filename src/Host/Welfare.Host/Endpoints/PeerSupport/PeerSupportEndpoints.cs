using Microsoft.AspNetCore.Http.HttpResults;
using Welfare.Host.Concurrency;
using Welfare.Host.Lists;
using Welfare.Host.OpenApi;
using Welfare.Host.Security;
using Welfare.Host.Validation;
using Welfare.Modules.PeerSupport.Application.Consultations.GetConsultation;
using Welfare.Modules.PeerSupport.Application.Consultations.GetMyConsultations;
using Welfare.Modules.PeerSupport.Application.Consultations.GetRecordedConsultations;
using Welfare.Modules.PeerSupport.Application.Consultations.RecordConsent;
using Welfare.Modules.PeerSupport.Application.Consultations.RecordConsultation;
using Welfare.Modules.PeerSupport.Application.Consultations.RecordSuperiorContact;
using Welfare.Modules.PeerSupport.Application.Consultations.Refer;
using Welfare.Modules.PeerSupport.Application.Consultations.UpdateConsultation;
using Welfare.Modules.PeerSupport.Application.Consultations.WithdrawConsent;
using Welfare.Modules.PeerSupport.Application.Consultations;
using Welfare.Modules.PeerSupport.Application.Coordinators.DesignateCoordinator;
using Welfare.Modules.PeerSupport.Application.Coordinators.GetCoordinators;
using Welfare.Modules.PeerSupport.Application.Coordinators.ReleaseCoordinator;
using Welfare.Modules.PeerSupport.Application.Counselors.GetCounselor;
using Welfare.Modules.PeerSupport.Application.Counselors.GetCounselors;
using Welfare.Modules.PeerSupport.Application.Counselors.RegisterCounselor;
using Welfare.Modules.PeerSupport.Application.Counselors.UpdateCounselor;
using Welfare.Modules.PeerSupport.Application.Guidance.AdviseSupporter;
using Welfare.Modules.PeerSupport.Application.Guidance.GetGuidanceRequests;
using Welfare.Modules.PeerSupport.Application.Guidance.RequestGuidance;
using Welfare.Modules.PeerSupport.Application.Reports;
using Welfare.Modules.PeerSupport.Application.Reports.ExportQuarterlyReports;
using Welfare.Modules.PeerSupport.Application.Reports.GetOverdueReports;
using Welfare.Modules.PeerSupport.Application.Reports.GetQuarterlyReports;
using Welfare.Modules.PeerSupport.Application.Reports.SubmitQuarterlyReport;
using Welfare.Modules.PeerSupport.Application.Supporters.DesignateSupporter;
using Welfare.Modules.PeerSupport.Application.Supporters.GetDepartmentSupporters;
using Welfare.Modules.PeerSupport.Application.Supporters.GetDesignationReports;
using Welfare.Modules.PeerSupport.Application.Supporters.GetMyNotices;
using Welfare.Modules.PeerSupport.Application.Supporters.GetWorkplaces;
using Welfare.Modules.PeerSupport.Application.Supporters.RegisterWorkplace;
using Welfare.Modules.PeerSupport.Application.Supporters.ReleaseSupporter;
using Welfare.Modules.PeerSupport.Application.Supporters.SetNoSupporterReason;
using Welfare.Modules.PeerSupport.Application.Urgent.GetUrgentCases;
using Welfare.Modules.PeerSupport.Application.Urgent.RaiseUrgentCase;
using Welfare.Modules.PeerSupport.Application.Urgent.RecordUrgentAction;
using Welfare.Modules.PeerSupport.Application;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.Endpoints.PeerSupport;

internal static class PeerSupportEndpoints
{
    public const string Tag = "PeerSupport";

    /// <summary>Routes of the PeerSupport module under <c>/api/v1/peer-support</c> (seed 000; src/Modules/PeerSupport/README.md).</summary>
    public static IEndpointRouteBuilder MapPeerSupportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/peer-support").WithTags(Tag);
        MapSupporters(group);
        MapCoordinatorsAndCounselors(group);
        MapConsultations(group);
        MapReports(group);
        return app;
    }

    private static void MapSupporters(RouteGroupBuilder group)
    {
        group.MapPost("/departments/{departmentCode}/workplaces", async (string departmentCode, WorkplaceRequest body, IPeerSupportModule m, CancellationToken ct) =>
            {
                var workplace = await m.ExecuteCommandAsync(new RegisterWorkplaceCommand(departmentCode, body.Name, body.NoSupporterReason), ct);
                return TypedResults.Created($"/api/v1/peer-support/departments/{departmentCode}/workplaces", workplace);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("RegisterPeerSupportWorkplace")
            .WithSummary("The department head registers an office room (workplace) of their department, optionally with why it needs no supporter.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/departments/{departmentCode}/workplaces", async (string departmentCode, int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetWorkplacesQuery(departmentCode, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetPeerSupportWorkplaces")
            .WithSummary("The department's workplaces by name with their current supporters; needsSupporter flags a room with none and no reason: its head and welfare officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/workplaces/{workplaceId:guid}/no-supporter-reason", async (Guid workplaceId, NoSupporterReasonRequest body, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new SetNoSupporterReasonCommand(workplaceId, body.Reason), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("SetNoSupporterReason")
            .WithSummary("The department head records why the workplace needs no supporter of its own (null clears it).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/workplaces/{workplaceId:guid}/supporters", async (Guid workplaceId, SupporterRequest body, IPeerSupportModule m, CancellationToken ct) =>
            {
                var change = await m.ExecuteCommandAsync(new DesignateSupporterCommand(workplaceId, body.EmployeeId, body.Contact, body.DesignatedOn), ct);
                return TypedResults.Created($"/api/v1/peer-support/departments/{change.Report.DepartmentCode}/supporters", change);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("DesignatePeerSupporter").WaitsForDirectory()
            .WithSummary("The department head designates a member of staff supporter of the workplace: returns the notice (Form 1) and the report listing all the department's supporters (Form 3).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/supporters/{designationId:guid}/release", async (Guid designationId, ReleaseRequest body, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ReleaseSupporterCommand(designationId, body.ReleasedOn, body.Reason), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("ReleasePeerSupporter")
            .WithSummary("The department head releases a supporter from a day: returns the notice (Form 1) and the report (Form 3).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/departments/{departmentCode}/supporters", async (string departmentCode, string? search, int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetDepartmentSupportersQuery(departmentCode, search, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetDepartmentPeerSupporters")
            .WithSummary("Who the department's supporters are (staff number, name, department) and how to reach them, by workplace: its employees, its head, coordinators and welfare officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/departments/{departmentCode}/designation-reports", async (string departmentCode, int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetDesignationReportsQuery(departmentCode, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetSupporterDesignationReports")
            .WithSummary("The department's designation and release reports (Form 3), newest first: its head and welfare officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/my/notices", async (int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetMyNoticesQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyPeerSupportNotices")
            .WithSummary("The designation and release notices (Form 1, Form 2) handed to the caller, newest first.")
            .ProducesValidationProblem();
    }

    private static void MapCoordinatorsAndCounselors(RouteGroupBuilder group)
    {
        group.MapPost("/coordinators", async (DesignateCoordinatorCommand command, IPeerSupportModule m, CancellationToken ct) =>
            {
                var change = await m.ExecuteCommandAsync(command, ct);
                return TypedResults.Created("/api/v1/peer-support/coordinators", change);
            })
            .RequireAuthorization(Policies.WelfareOfficer).WithName("DesignateCoordinator").WaitsForDirectory()
            .WithSummary("Designate a coordinator (the first from the welfare division): returns the notice (Form 2).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/coordinators/{coordinatorId:guid}/release", async (Guid coordinatorId, CoordinatorReleaseRequest body, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ReleaseCoordinatorCommand(coordinatorId, body.ReleasedOn), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("ReleaseCoordinator")
            .WithSummary("Release a coordinator from a day (never the welfare division's last one): returns the notice (Form 2).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/coordinators", async (string? search, int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetCoordinatorsQuery(search, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetCoordinators")
            .WithSummary("Today's coordinators (staff number, name, department) and their contacts, the welfare division's first: supporters, coordinators and welfare officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/external-counselors", async (RegisterCounselorCommand command, IPeerSupportModule m, CancellationToken ct) =>
            {
                var counselor = await m.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/peer-support/external-counselors/{counselor.Id}", counselor);
            })
            .RequireAuthorization(Policies.WelfareOfficer).WithName("RegisterExternalCounselor")
            .WithSummary("Enter an external counsellor in the registry: field (mental health flagged within medical), paid or free, contact, availability.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapPut("/external-counselors/{counselorId:guid}", async (Guid counselorId, CounselorRequest body, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new UpdateCounselorCommand(counselorId, body.Name, body.Field, body.MentalHealth, body.Paid, body.FeeNote,
                    body.Contact, body.Availability, body.Active), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("UpdateExternalCounselor")
            .WithSummary("Change a registry entry; active=false ends the commission (kept for past referrals).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ChangesEditableRecord();
        group.MapGet("/external-counselors/{counselorId:guid}", async (Guid counselorId, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetCounselorQuery(counselorId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetExternalCounselor")
            .WithSummary("One registry entry, active or not (the welfare officer reads it, with its ETag, to change it): supporters, coordinators and welfare officers.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ReadsEditableRecord();
        group.MapGet("/external-counselors", async (CounselorField? field, bool? mentalHealth, string? search, int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetCounselorsQuery(field, mentalHealth, search, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetExternalCounselors")
            .WithSummary("The active external counsellors by field and name, optionally of one field or mental health only: supporters, coordinators and welfare officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static void MapConsultations(RouteGroupBuilder group)
    {
        group.MapPost("/consultations", async (RecordConsultationCommand command, IPeerSupportModule m, CancellationToken ct) =>
            {
                var consultation = await m.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/peer-support/consultations/{consultation.Id}", consultation);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("RecordConsultation")
            .WithSummary("A current supporter records a consultation (request or outreach, about an employee or a family member); routine work procedures are refused (422).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/consultations/recorded", async (int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetRecordedConsultationsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetRecordedConsultations")
            .WithSummary("The consultations the caller recorded as supporter, newest first, without content.")
            .ProducesValidationProblem();
        group.MapGet("/my/consultations", async (int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetMyConsultationsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyConsultations")
            .WithSummary("The consultations about the caller, newest first, without content (open one to read it).")
            .ProducesValidationProblem();
        group.MapGet("/consultations/{consultationId:guid}", async (Guid consultationId, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetConsultationQuery(consultationId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetConsultation")
            .WithSummary("One consultation, whole: only the recording supporter and the subject employee; anyone else 404 (audited).")
            .ProducesProblem(StatusCodes.Status404NotFound).ReadsEditableRecord();
        group.MapPut("/consultations/{consultationId:guid}", async (Guid consultationId, ConsultationUpdateRequest body, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new UpdateConsultationCommand(consultationId, body.Category, body.Content, body.Outcome), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("UpdateConsultation")
            .WithSummary("The recording supporter changes the category, content or outcome; the subject gets 403, anyone else 404.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/consultations/{consultationId:guid}/consents", async (Guid consultationId, ConsentRequest body, IPeerSupportModule m, CancellationToken ct) =>
            {
                var consent = await m.ExecuteCommandAsync(new RecordConsentCommand(consultationId, body.Purpose, body.Scope, body.GivenOn), ct);
                return TypedResults.Created($"/api/v1/peer-support/consultations/{consultationId}", consent);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("RecordConsultationConsent")
            .WithSummary("The recording supporter records the subject's consent to a referral or to contacting their superior.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/consultations/{consultationId:guid}/consents/{consentId:guid}/withdrawal", async (Guid consultationId, Guid consentId, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new WithdrawConsentCommand(consultationId, consentId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("WithdrawConsultationConsent")
            .WithSummary("The consent is withdrawn (by the recording supporter or the subject employee).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/consultations/{consultationId:guid}/referrals", async (Guid consultationId, ReferralRequest body, IPeerSupportModule m, CancellationToken ct) =>
            {
                var referral = await m.ExecuteCommandAsync(new ReferCommand(consultationId, body.Target, body.ExternalCounselorId, body.DivisionName, body.CostExplained, body.ReferredOn), ct);
                return TypedResults.Created($"/api/v1/peer-support/consultations/{consultationId}", referral);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("ReferConsultation")
            .WithSummary("Refer to an external counsellor or a division: only with the subject's recorded consent, and for a paid counsellor only when the cost was explained (422 otherwise).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/consultations/{consultationId:guid}/superior-contacts", async (Guid consultationId, SuperiorContactRequest body, IPeerSupportModule m, CancellationToken ct) =>
            {
                var contact = await m.ExecuteCommandAsync(new RecordSuperiorContactCommand(consultationId, body.Kind, body.On), ct);
                return TypedResults.Created($"/api/v1/peer-support/consultations/{consultationId}", contact);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("RecordSuperiorContact")
            .WithSummary("Record a contact with the subject's superior (only with consent, 422 otherwise) or that the subject was urged to speak to them.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/consultations/{consultationId:guid}/guidance-requests", async (Guid consultationId, GuidanceRequestBody body, IPeerSupportModule m, CancellationToken ct) =>
            {
                var guidance = await m.ExecuteCommandAsync(new RequestGuidanceCommand(consultationId, body.CoordinatorId, body.SharedDetails), ct);
                return TypedResults.Created("/api/v1/peer-support/guidance-requests", guidance);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("RequestGuidance")
            .WithSummary("The recording supporter asks a coordinator for guidance, sharing only the details written here.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/guidance-requests", async (int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetGuidanceRequestsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetGuidanceRequests")
            .WithSummary("Requests for guidance addressed to the caller as coordinator, and those the caller sent as supporter, newest first.")
            .ProducesValidationProblem();
        group.MapPost("/guidance-requests/{guidanceRequestId:guid}/advice", async (Guid guidanceRequestId, AdviceRequest body, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new AdviseSupporterCommand(guidanceRequestId, body.Advice), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("AdviseSupporter")
            .WithSummary("The coordinator the request is addressed to answers it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/consultations/{consultationId:guid}/urgency", async (Guid consultationId, UrgencyRequest body, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RaiseUrgentCaseCommand(consultationId, body.Kind), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RaiseUrgentCase")
            .WithSummary("The recording supporter marks a possible crime or danger to life or body: coordinators and welfare officers are alerted (event PeerSupportUrgentCaseRaised, no content) and an action is due within the configured hours.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ChangesEditableRecord();
        group.MapPost("/consultations/{consultationId:guid}/urgent-action", async (Guid consultationId, UrgentActionRequest body, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordUrgentActionCommand(consultationId, body.Action), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordUrgentAction")
            .WithSummary("The recording supporter records the action taken on the urgent case.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapGet("/urgent-cases", async (bool? overdue, int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetUrgentCasesQuery(overdue, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetUrgentCases")
            .WithSummary("The urgent-case alert list (no subject, no content), oldest first; overdue=true for those without an action by the deadline, false for the others: coordinators and welfare officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    private static void MapReports(RouteGroupBuilder group)
    {
        group.MapPost("/departments/{departmentCode}/quarterly-reports", async (string departmentCode, QuarterRequest body, IPeerSupportModule m, CancellationToken ct) =>
            {
                var report = await m.ExecuteCommandAsync(new SubmitQuarterlyReportCommand(departmentCode, body.FiscalYear, body.Quarter), ct);
                return TypedResults.Created($"/api/v1/peer-support/quarterly-reports?fiscalYear={report.FiscalYear}&quarter={report.Quarter}", report);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("SubmitQuarterlyReport")
            .WithSummary("The department head submits the quarter's report (Form 4; fiscal quarters from April): counts by category, channel, outcome and urgent cases, never names or content.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/quarterly-reports", async Task<Results<Ok<PagedList<QuarterlyReportDto>>, FileContentHttpResult>> (int fiscalYear, int quarter, int? page, int? pageSize,
                Choice<TableFormat>? format, HttpRequest request, IPeerSupportModule m, CancellationToken ct) =>
                request.WantsCsv(format)
                    ? CsvAnswers.File(await m.ExecuteQueryAsync(new ExportQuarterlyReportsQuery(fiscalYear, quarter), ct), $"peer-support-quarterly-{fiscalYear}-q{quarter}.csv")
                    : TypedResults.Ok(await m.ExecuteQueryAsync(new GetQuarterlyReportsQuery(fiscalYear, quarter, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("GetQuarterlyReports").RequireRateLimiting(RateLimits.Export)
            .WithSummary("The reports submitted on a quarter, by department code; CSV of every report (Accept: text/csv or format=csv), one row per department.")
            .AnswersCsv<PagedList<QuarterlyReportDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/quarterly-reports/overdue", async (int? page, int? pageSize, IPeerSupportModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetOverdueReportsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("GetOverdueQuarterlyReports")
            .WithSummary("Departments with cases in a quarter whose report is past its due day (10th of the next quarter's first month) and missing, oldest quarter first.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }
}

internal sealed record WorkplaceRequest(string Name, string? NoSupporterReason);

internal sealed record NoSupporterReasonRequest(string? Reason);

internal sealed record SupporterRequest(string EmployeeId, string Contact, DateOnly? DesignatedOn);

internal sealed record ReleaseRequest(DateOnly? ReleasedOn, string? Reason);

internal sealed record CoordinatorReleaseRequest(DateOnly? ReleasedOn);

internal sealed record CounselorRequest(string Name, CounselorField Field, bool MentalHealth, bool Paid, string? FeeNote, string Contact, string Availability, bool Active);

internal sealed record ConsultationUpdateRequest(ConsultationCategory Category, string Content, ConsultationOutcome Outcome);

internal sealed record ConsentRequest(ConsentPurpose Purpose, string Scope, DateOnly? GivenOn);

internal sealed record ReferralRequest(ReferralTarget Target, Guid? ExternalCounselorId, string? DivisionName, bool CostExplained, DateOnly? ReferredOn);

internal sealed record SuperiorContactRequest(SuperiorContactKind Kind, DateOnly? On);

internal sealed record GuidanceRequestBody(string CoordinatorId, string SharedDetails);

internal sealed record AdviceRequest(string Advice);

internal sealed record UrgencyRequest(UrgencyKind Kind);

internal sealed record UrgentActionRequest(string Action);

internal sealed record QuarterRequest(int FiscalYear, int Quarter);
