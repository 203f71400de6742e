using Microsoft.AspNetCore.Http.HttpResults;
using Welfare.Host.Concurrency;
using Welfare.Host.OpenApi;
using Welfare.Host.Lists;
using Welfare.Host.Security;
using Welfare.Host.Validation;
using Welfare.Modules.Overtime.Application.Caps.GetCaps;
using Welfare.Modules.Overtime.Application.Caps.GetMyCaps;
using Welfare.Modules.Overtime.Application.Caps;
using Welfare.Modules.Overtime.Application.Interviews.EvaluateMonth;
using Welfare.Modules.Overtime.Application.Interviews.GetInterview;
using Welfare.Modules.Overtime.Application.Interviews.GetInterviews;
using Welfare.Modules.Overtime.Application.Interviews.GetMyInterviews;
using Welfare.Modules.Overtime.Application.Interviews.RecommendInterview;
using Welfare.Modules.Overtime.Application.Interviews.RecordNotHeld;
using Welfare.Modules.Overtime.Application.Interviews.RecordOpinion;
using Welfare.Modules.Overtime.Application.Interviews.RequestInterview;
using Welfare.Modules.Overtime.Application.Interviews.ScheduleInterview;
using Welfare.Modules.Overtime.Application.Interviews;
using Welfare.Modules.Overtime.Application.Statistics.ExportStatistics;
using Welfare.Modules.Overtime.Application.Statistics.GetStatistics;
using Welfare.Modules.Overtime.Application.Statistics;
using Welfare.Modules.Overtime.Application;
using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.Endpoints.Overtime;

/// <summary>
/// Health measures of the Overtime module under <c>/api/v1/overtime</c>: long-hours physician interviews
/// (seed 002 §2(1)), personal caps, and the fiscal year's statistics as the MIC survey reports them (別添1).
/// </summary>
internal static class OvertimeHealthEndpoints
{
    public static IEndpointRouteBuilder MapOvertimeHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/overtime").WithTags(OvertimeEndpoints.Tag);

        group.MapPost("/interviews/evaluations", async (InterviewEvaluationRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new EvaluateMonthCommand(body.Year, body.Month), ct)))
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("EvaluateLongHoursInterviews").WaitsForDirectory()
            .WithSummary("Evaluate a month on or after its reference day: health overtime (total hours − days/7 × 40), 2–6-month averages, tiers and exemption; opens a case per eligible employee and notifies them. Idempotent.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/interviews", async (LongHoursInterviewStatus? status, int? year, int? month, string? department, int? page, int? pageSize,
                IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetInterviewsQuery(status, year, month, department, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetLongHoursInterviews")
            .WithSummary("Long-hours interview cases, filtered and paged: all for welfare officers, those scheduled with them for physicians, their department's (status and work measures only) for department heads.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/interviews/{id:guid}", async (Guid id, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetInterviewQuery(id), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetLongHoursInterview")
            .WithSummary("One case: in full for the employee, welfare officers and the scheduled physician; status and work measures for the head of the employee's department.")
            .ProducesProblem(StatusCodes.Status404NotFound).ReadsEditableRecord();
        group.MapPost("/interviews/{id:guid}/recommendation", async (Guid id, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecommendInterviewCommand(id), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("RecommendLongHoursInterview")
            .WithSummary("The welfare officer recommends the interview to the employee.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPut("/interviews/{id:guid}/schedule", async (Guid id, InterviewScheduleRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ScheduleInterviewCommand(id, body.PhysicianId, body.ScheduledOn), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("ScheduleLongHoursInterview")
            .WithSummary("The welfare officer sets the physician and the date; an on-request case needs the employee's request first (422).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPut("/interviews/{id:guid}/not-held", async (Guid id, InterviewNotHeldRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordNotHeldCommand(id, body.Reason, body.Note), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("RecordLongHoursInterviewNotHeld")
            .WithSummary("The welfare officer closes a case without an interview: physician judged unnecessary, no response or declined, too busy, or other (with a note).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPut("/interviews/{id:guid}/opinion", async (Guid id, LongHoursOpinionRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordOpinionCommand(id, body.HeldOn, body.ChangeOfPlace, body.ChangeOfDuties, body.Leave, body.ShorterHours,
                    body.FewerNightShifts, body.OvertimeCapHours, body.OvertimeForbidden, body.MeasuresFrom, body.MeasuresTo, body.NoMeasuresNeeded,
                    body.NextInterviewUnnecessary, body.Note), ct)))
            .RequireAuthorization(Policies.Physician).WithName("RecordLongHoursInterviewOpinion")
            .WithSummary("The physician the case is scheduled with records the interview and the opinion; an overtime cap or ban becomes a personal cap.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();

        group.MapGet("/me/interviews", async (int? page, int? pageSize, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetMyInterviewsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyLongHoursInterviews")
            .WithSummary("The caller's own cases, newest month first: their hours for health purposes, the tier, the notification date, the status and the opinion.")
            .ProducesValidationProblem();
        group.MapPost("/me/interviews/{id:guid}/request", async (Guid id, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RequestInterviewCommand(id), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RequestLongHoursInterview")
            .WithSummary("The employee asks for the interview of their own case (needed for on-request tiers).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();

        group.MapGet("/employees/{employeeId}/caps", async (string employeeId, int? page, int? pageSize, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetCapsQuery(employeeId, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetPersonalCaps")
            .WithSummary("An employee's personal overtime caps, newest first (period, monthly hours, source; never the medical reason): the employee, the head of their department, the scheme's officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/me/caps", async (int? page, int? pageSize, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetMyCapsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyPersonalCaps")
            .WithSummary("The caller's own personal overtime caps, newest first (period, monthly hours, source).")
            .ProducesValidationProblem();

        group.MapGet("/statistics", async Task<Results<Ok<OvertimeStatisticsDto>, FileContentHttpResult>> (
                int fiscalYear, string? department, Choice<TableFormat>? format, HttpRequest request, IOvertimeModule m, CancellationToken ct) =>
                request.WantsCsv(format)
                    ? CsvAnswers.File(await m.ExecuteQueryAsync(new ExportStatisticsQuery(fiscalYear, department), ct), $"overtime-statistics-{fiscalYear}.csv")
                    : TypedResults.Ok(await m.ExecuteQueryAsync(new GetStatisticsQuery(fiscalYear, department), ct)))
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("GetOvertimeStatistics").RequireRateLimiting(RateLimits.Bulk)
            .WithSummary("The fiscal year as the MIC survey reports it: average overtime per employee per month and year, shares of employee-months over 45 h, 45–100 h and at or over 100 h, interview eligibility, held, rate and reasons. CSV (UTF-8 with BOM) with Accept: text/csv or format=csv.")
            .AnswersCsv<OvertimeStatisticsDto>().ProducesValidationProblem();
        return app;
    }
}

internal sealed record InterviewEvaluationRequest(int Year, int Month);

internal sealed record InterviewScheduleRequest(string PhysicianId, DateOnly ScheduledOn);

internal sealed record InterviewNotHeldRequest(NotHeldReason Reason, string? Note);

internal sealed record LongHoursOpinionRequest(
    DateOnly HeldOn,
    bool ChangeOfPlace,
    bool ChangeOfDuties,
    bool Leave,
    bool ShorterHours,
    bool FewerNightShifts,
    double? OvertimeCapHours,
    bool OvertimeForbidden,
    DateOnly? MeasuresFrom,
    DateOnly? MeasuresTo,
    bool NoMeasuresNeeded,
    bool NextInterviewUnnecessary,
    string? Note);
