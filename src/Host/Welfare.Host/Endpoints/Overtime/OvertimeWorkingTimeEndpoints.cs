using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Welfare.Host.Forms;
using Welfare.Host.Lists;
using Welfare.Host.Concurrency;
using Welfare.Host.OpenApi;
using Welfare.Host.Security;
using Welfare.Host.Validation;
using Welfare.Modules.Overtime.Application;
using Welfare.Modules.Overtime.Application.Analyses;
using Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalyses;
using Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalysis;
using Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalysisSheet;
using Welfare.Modules.Overtime.Application.Analyses.RecordCountermeasures;
using Welfare.Modules.Overtime.Application.Analyses.RecordExcessAnalysis;
using Welfare.Modules.Overtime.Application.Holidays.GetHolidays;
using Welfare.Modules.Overtime.Application.Holidays.SetHoliday;
using Welfare.Modules.Overtime.Application.Limits;
using Welfare.Modules.Overtime.Application.Limits.CloseMonth;
using Welfare.Modules.Overtime.Application.Limits.GetEmployeeLimits;
using Welfare.Modules.Overtime.Application.Limits.GetLimitsOverview;
using Welfare.Modules.Overtime.Application.Orders;
using Welfare.Modules.Overtime.Application.Orders.CancelOvertimeOrder;
using Welfare.Modules.Overtime.Application.Orders.GetOvertimeOrders;
using Welfare.Modules.Overtime.Application.Orders.GiveOvertimeOrder;
using Welfare.Modules.Overtime.Application.RestIntervals.GetRestIntervalFindings;
using Welfare.Modules.Overtime.Application.RestIntervals.GrantExemption;
using Welfare.Modules.Overtime.Application.WorkingTime;
using Welfare.Modules.Overtime.Application.WorkingTime.CorrectWorkingDay;
using Welfare.Modules.Overtime.Application.WorkingTime.GetDiscrepancies;
using Welfare.Modules.Overtime.Application.WorkingTime.GetRecordImport;
using Welfare.Modules.Overtime.Application.WorkingTime.GetWorkingDays;
using Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;
using Welfare.Modules.Overtime.Application.WorkingTime.RecordWorkingTime;
using Welfare.Modules.Overtime.Domain.Analyses;
using Welfare.Modules.Overtime.Domain.Orders;
using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Imports;

namespace Welfare.Host.Endpoints.Overtime;

/// <summary>Working time, orders, limits, excess analyses, rest intervals and the calendar (seed 002 §1).</summary>
internal static class OvertimeWorkingTimeEndpoints
{
    public static RouteGroupBuilder MapOvertimeWorkingTimeEndpoints(this RouteGroupBuilder group)
    {
        var imports = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<ImportLimits>().WorkingTime;
        group.MapPost("/employees/{employeeId}/records", RecordAsync)
            .RequireAuthorization(Policies.EmployeeOrAttendanceSystem).WithName("RecordWorkingTime")
            .WithSummary("Record one span of work: an objective record (attendance system or the scheme's officers; idempotent by source and externalId) or the employee's own self-report.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/employees/{employeeId}/days", async (string employeeId, DateOnly from, DateOnly to, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetWorkingDaysQuery(employeeId, from, to), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetWorkingDays")
            .WithSummary("An employee's working days (spans by kind, ordered hours, the time every evaluation uses): the employee, their department head, the scheme's officers.")
            .AnswersBoundedList(GetWorkingDaysQuery.MaxDays, "one entry per day with a record in the period asked for, which spans at most a year")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/employees/{employeeId}/days/{workDate}/correction", async (string employeeId, DateOnly workDate, CorrectionRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/overtime/employees/{employeeId}/days?from={workDate:yyyy-MM-dd}&to={workDate:yyyy-MM-dd}",
                    await m.ExecuteCommandAsync(new CorrectWorkingDayCommand(employeeId, workDate, body.StartedAt, body.EndedAt, body.Reason), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("CorrectWorkingDay")
            .WithSummary("Correct a day's actual time with the reason (the head of the employee's department or the scheme's officers); the corrected time is what every evaluation uses.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/imports/records", ImportAsync)
            .RequireAuthorization(Policies.AttendanceSystem).WithName("ImportWorkingTimeRecords").RequireRateLimiting(RateLimits.Bulk)
            .WithSummary("Stream objective records from an attendance system: NDJSON (application/x-ndjson) or CSV (text/csv, header line) with employeeId, source, externalId, workDate, startedAt, endedAt. " +
                "Reports accepted, duplicate and rejected lines with reasons; bad lines are never stored, good lines never lost.")
            .WithMetadata(new StreamedBody(typeof(WorkingTimeImportLine), "application/x-ndjson", "text/csv"))
            .WithMetadata(new RequestSizeLimitAttribute(imports.MaxBytes), imports, ErrorHandling.GzipRequestBody.Instance)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/imports/records/{importId:guid}", async (Guid importId, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetRecordImportQuery(importId), ct)))
            .RequireAuthorization(Policies.EmployeeOrAttendanceSystem).WithName("GetWorkingTimeImport")
            .WithSummary("The report of an upload: the attendance system that sent it, or the scheme's officers.").ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/orders", async (GiveOvertimeOrderCommand command, IOvertimeModule m, CancellationToken ct) =>
            {
                var order = await m.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/overtime/departments/{order.DepartmentCode}/orders?from={order.WorkDate:yyyy-MM-dd}&to={order.WorkDate:yyyy-MM-dd}", order);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("GiveOvertimeOrder")
            .WithSummary("Order overtime in advance (the head of the employee's department). Beyond a limit or a personal cap only as special business, which opens excess analyses.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/orders/{orderId:guid}/cancel", async (Guid orderId, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new CancelOvertimeOrderCommand(orderId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("CancelOvertimeOrder").WithSummary("Cancel an order (the head of its department); it stays as history.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/departments/{departmentCode}/orders", async (string departmentCode, DateOnly from, DateOnly to, int? page, int? pageSize, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetOvertimeOrdersQuery(departmentCode, from, to, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetOvertimeOrders")
            .WithSummary("A department's orders in a period, by day and staff number (its head, the scheme's officers).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/departments/{departmentCode}/discrepancies", async (string departmentCode, DateOnly from, DateOnly to, int? page, int? pageSize, IOvertimeModule m,
                CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetDiscrepanciesQuery(departmentCode, from, to, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetWorkingTimeDiscrepancies")
            .WithSummary("Uncorrected days where order or self-report and the objective record diverge beyond the tolerance (its head, the scheme's officers).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/me/limits", async (int? year, int? month, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetEmployeeLimitsQuery(null, year, month), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyOvertimeLimits")
            .WithSummary("My hours against every limit in a month (default this month): remaining allowance and warning tier.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/employees/{employeeId}/limits", async (string employeeId, int? year, int? month, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetEmployeeLimitsQuery(employeeId, year, month), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetEmployeeOvertimeLimits")
            .WithSummary("An employee's hours against every limit in a month: the employee, their department head, the scheme's officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/limits", LimitsOverviewAsync)
            .RequireAuthorization(Policies.Authenticated).WithName("GetOvertimeLimitsOverview").RequireRateLimiting(RateLimits.Bulk)
            .WithSummary("Every employee's limits in a month: one department (its head) or the organisation (the scheme's officers); filters exceeded and minWarning; CSV of every row with Accept: text/csv or format=csv.")
            .AnswersCsv<PagedList<EmployeeLimitsDto>>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/month-closes", async (CloseMonthCommand command, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(command, ct)))
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("CloseOvertimeMonth").WaitsForDirectory().RequireRateLimiting(RateLimits.Bulk)
            .WithSummary("Close an ended month: evaluations are kept as they are (later rule sets never rewrite them) and excesses not yet analysed open an analysis.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/excess-analyses", async (string? department, int? fiscalYear, ExcessAnalysisStatus? status, bool? overdue, int? page, int? pageSize,
                IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetExcessAnalysesQuery(department, fiscalYear, status, overdue, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetExcessAnalyses")
            .WithSummary("Excess analyses, oldest due first: one department (its head) or all (the scheme's officers); overdue=true for those past due and not closed.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/excess-analyses/{analysisId:guid}", async (Guid analysisId, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetExcessAnalysisQuery(analysisId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetExcessAnalysis")
            .WithSummary("One excess analysis (the head of its department, the scheme's officers).").ProducesProblem(StatusCodes.Status404NotFound).ReadsEditableRecord(viewChangesWithTheDay: true);
        group.MapGet("/excess-analyses/{analysisId:guid}/sheet", async (Guid analysisId, Choice<FormFormat>? format, IOvertimeModule m, HttpContext context, CancellationToken ct) =>
                FormResults.Print(await m.ExecuteQueryAsync(new GetExcessAnalysisSheetQuery(analysisId), ct), format, context))
            .RequireAuthorization(Policies.Authenticated).WithName("GetExcessAnalysisSheet")
            .WithSummary("要因の整理・分析・検証記録（A4）: the analysis as the record sheet with items ①–⑤, the analysis and the countermeasures (the head of its department, the scheme's officers); CSV twin with Accept: text/csv.")
            .ProducesForm().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/excess-analyses/{analysisId:guid}/analysis", async (Guid analysisId, AnalysisRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordExcessAnalysisCommand(analysisId, body.WorkSummary, body.WhyUnavoidable, body.Analysis), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordExcessAnalysis")
            .WithSummary("The department head records items ④ (work beyond the limit) and ⑤ (why it could not be avoided) and the analysis.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ChangesEditableRecord();
        group.MapPut("/excess-analyses/{analysisId:guid}/countermeasures", async (Guid analysisId, CountermeasuresRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordCountermeasuresCommand(analysisId, body.Countermeasures), ct)))
            .RequireAuthorization(Policies.PersonnelOfficer).WithName("RecordExcessCountermeasures")
            .WithSummary("The personnel officer records the organisation's countermeasures; this closes the analysis.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();

        group.MapGet("/departments/{departmentCode}/rest-interval", async (string departmentCode, DateOnly from, DateOnly to, int? page, int? pageSize, IOvertimeModule m,
                CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetRestIntervalFindingsQuery(departmentCode, from, to, PastProhibitionOnly: false, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetRestIntervalFindings")
            .WithSummary("Late work, intervals owed and kept or violated, the proposed shifted next-day schedule and exemptions (its head, the scheme's officers).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/departments/{departmentCode}/late-work-report", async (string departmentCode, DateOnly date, int? page, int? pageSize, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetRestIntervalFindingsQuery(departmentCode, date, date, PastProhibitionOnly: true, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetLateWorkReport")
            .WithSummary("The next-day report of work past the prohibition time (22:00 by default) on a date: employee and hours after it.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/employees/{employeeId}/rest-interval-exemptions", async (string employeeId, ExemptionRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/overtime/employees/{employeeId}/days?from={body.WorkDate:yyyy-MM-dd}&to={body.WorkDate:yyyy-MM-dd}",
                    await m.ExecuteCommandAsync(new GrantRestIntervalExemptionCommand(employeeId, body.WorkDate, body.Kind, body.Reason), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GrantRestIntervalExemption")
            .WithSummary("The department head exempts one day from the rest interval (business necessity or the employee's request), with the reason.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/holidays", async (int? year, int? page, int? pageSize, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetHolidaysQuery(year, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetHolidays")
            .WithSummary("The days off besides weekends, by date: Japan's national holidays and the employer's own days, of one calendar year or of every year when year is absent.")
            .ProducesValidationProblem();
        group.MapPut("/holidays/{date}", async (DateOnly date, HolidayRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new SetHolidayCommand(date, body.Name), ct)))
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("SetHoliday")
            .WithSummary("Make a date a day off of the employer (all work on it counts as overtime); totals of the days concerned are recomputed.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapDelete("/holidays/{date}", async (DateOnly date, IOvertimeModule m, CancellationToken ct) =>
            {
                await m.ExecuteCommandAsync(new SetHolidayCommand(date, null), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("RemoveHoliday").WithSummary("Make an employer's day off an ordinary day again.")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Results<Created<WorkingTimeRecordDto>, Ok<WorkingTimeRecordDto>>> RecordAsync(
        string employeeId, RecordRequest body, IOvertimeModule m, CancellationToken ct)
    {
        var result = await m.ExecuteCommandAsync(new RecordWorkingTimeCommand(employeeId, body.Source, body.ExternalId, body.WorkDate, body.StartedAt, body.EndedAt), ct);
        var location = $"/api/v1/overtime/employees/{employeeId}/days?from={body.WorkDate:yyyy-MM-dd}&to={body.WorkDate:yyyy-MM-dd}";
        return result.Created ? TypedResults.Created(location, result.Record) : TypedResults.Ok(result.Record);
    }

    private static async Task<Results<Created<RecordImportDto>, ProblemHttpResult>> ImportAsync(HttpRequest request, IOvertimeModule m, CancellationToken ct)
    {
        RecordImportFormat? format = ErrorHandling.RawBody.MediaType(request) switch
        {
            "application/x-ndjson" or "application/jsonl" => RecordImportFormat.Ndjson,
            "text/csv" => RecordImportFormat.Csv,
            _ => null,
        };
        if (format is null)
        {
            return ErrorHandling.RawBody.UnsupportedMediaType();
        }

        var report = await m.ExecuteCommandAsync(new ImportRecordsCommand(format.Value, request.Body), ct);
        return TypedResults.Created($"/api/v1/overtime/imports/records/{report.Id}", report);
    }

    private static async Task<IResult> LimitsOverviewAsync(int year, int month, string? department, bool? exceeded, int? minWarning, int? page, int? pageSize,
        Choice<TableFormat>? format, HttpRequest request, IOvertimeModule m, CancellationToken ct)
    {
        var csv = request.WantsCsv(format);
        var result = await m.ExecuteQueryAsync(new GetLimitsOverviewQuery(year, month, department, exceeded, minWarning, PageRequest.Of(page, pageSize), Everything: csv), ct);
        return csv ? CsvAnswers.File(LimitsCsv.Write(result.Items), $"overtime-limits-{year:D4}-{month:D2}.csv") : TypedResults.Ok(result);
    }
}

internal sealed record RecordRequest(RecordSource Source, string? ExternalId, DateOnly WorkDate, DateTimeOffset StartedAt, DateTimeOffset EndedAt);

internal sealed record CorrectionRequest(DateTimeOffset StartedAt, DateTimeOffset EndedAt, string Reason);

/// <summary>One line of a working-time upload (NDJSON object or CSV row).</summary>
internal sealed record WorkingTimeImportLine(string EmployeeId, RecordSource Source, string ExternalId, DateOnly WorkDate, DateTimeOffset StartedAt, DateTimeOffset EndedAt);

internal sealed record AnalysisRequest(string WorkSummary, string WhyUnavoidable, string Analysis);

internal sealed record CountermeasuresRequest(string Countermeasures);

internal sealed record ExemptionRequest(DateOnly WorkDate, ExemptionKind Kind, string Reason);

internal sealed record HolidayRequest(string Name);
