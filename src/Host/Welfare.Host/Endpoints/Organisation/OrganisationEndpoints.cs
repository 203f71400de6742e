using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Welfare.Host.Lists;
using Welfare.Host.OpenApi;
using Welfare.Host.Concurrency;
using Welfare.Host.Security;
using Welfare.Modules.Organisation.Application;
using Welfare.Modules.Organisation.Application.Departments;
using Welfare.Modules.Organisation.Application.Departments.AssignDepartmentHead;
using Welfare.Modules.Organisation.Application.Departments.GetDepartment;
using Welfare.Modules.Organisation.Application.Departments.GetDepartments;
using Welfare.Modules.Organisation.Application.Departments.GetDepartmentStaff;
using Welfare.Modules.Organisation.Application.Departments.PutDepartment;
using Welfare.Modules.Organisation.Application.Employees;
using Welfare.Modules.Organisation.Application.Employees.GetEmployee;
using Welfare.Modules.Organisation.Application.Employees.GetEmployeeAssignment;
using Welfare.Modules.Organisation.Application.Employees.SearchEmployees;
using Welfare.Modules.Organisation.Application.Grades;
using Welfare.Modules.Organisation.Application.Grades.GetGrades;
using Welfare.Modules.Organisation.Application.Grades.ReplaceGrades;
using Welfare.Modules.Organisation.Application.Imports;
using Welfare.Modules.Organisation.Application.Imports.GetImport;
using Welfare.Modules.Organisation.Application.Imports.GetImports;
using Welfare.Modules.Organisation.Application.Imports.ImportDepartments;
using Welfare.Modules.Organisation.Application.Imports.ImportEmployees;
using Welfare.Modules.Organisation.Domain;
using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Host.Endpoints.Organisation;

internal static class OrganisationEndpoints
{
    public const string Tag = "Organisation";


    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.ServiceProvider.GetRequiredService<ImportLimits>().Directory;
        var group = app.MapGroup("/api/v1/organisation").WithTags(Tag);

        group.MapGet("/grades", async (IOrganisationModule m, CancellationToken ct) => TypedResults.Ok(await m.ExecuteQueryAsync(new GetGradesQuery(), ct)))
            .RequireAuthorization(Policies.DirectoryReference).WithName("GetGrades").WithSummary("The grade scale, lowest first.")
            .AnswersBoundedList(ReplaceGradesCommand.MaxGrades, "the grade scale is set whole by the personnel division and holds a bounded number of grades");
        group.MapPut("/grades", async (ReplaceGradesCommand command, IOrganisationModule m, CancellationToken ct) => TypedResults.Ok(await m.ExecuteCommandAsync(command, ct)))
            .RequireAuthorization(Policies.PersonnelMaintenance).WithName("ReplaceGrades")
            .WithSummary("Replace the grade scale (lowest first). Grades still held by employees cannot be removed (409).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/departments", async (DateOnly? asOf, bool? includeClosed, int? page, int? pageSize, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetDepartmentsQuery(asOf, includeClosed ?? false, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.DirectoryReference).WithName("GetDepartments").WithSummary("Departments that exist on asOf (default today), by code.")
            .ProducesValidationProblem();
        group.MapGet("/departments/{departmentCode}", async (string departmentCode, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetDepartmentQuery(departmentCode), ct)))
            .RequireAuthorization(Policies.DirectoryReference).WithName("GetDepartment").WithSummary("A department with the history of its heads.")
            .ProducesProblem(StatusCodes.Status404NotFound).ReadsEditableRecord();
        group.MapPut("/departments/{departmentCode}", PutDepartmentAsync)
            .RequireAuthorization(Policies.PersonnelMaintenance).WithName("PutDepartment")
            .WithSummary("Create or correct a department outside the regular import.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            // Optional: departments are master data of which the personnel system is the system of record; its
            // corrections win, and the same PUT creates a department, which has no version yet.
            .ChangesEditableRecord(ifMatchRequired: false);
        group.MapPut("/departments/{departmentCode}/head", async (string departmentCode, AssignDepartmentHeadRequest body, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new AssignDepartmentHeadCommand(departmentCode, body.EmployeeId, body.EffectiveFrom), ct)))
            .RequireAuthorization(Policies.PersonnelMaintenance).WithName("AssignDepartmentHead")
            .WithSummary("Record who heads the department from a day; the previous head's term ends the day before.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ChangesEditableRecord(ifMatchRequired: false);
        group.MapGet("/departments/{departmentCode}/staff", async (string departmentCode, DateOnly? asOf, int? page, int? pageSize, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetDepartmentStaffQuery(departmentCode, asOf, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetDepartmentStaff")
            .WithSummary("Who was in the department on asOf (default today): its head and directory officers only.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/employees", async (string? search, string? department, EmployeeStatus? status, int? page, int? pageSize, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new SearchEmployeesQuery(search, department, status, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.DirectoryOfficer).WithName("SearchEmployees")
            .WithSummary("Browse and search the directory (welfare and personnel officers).").ProducesValidationProblem();
        group.MapGet("/employees/{employeeId}", async (string employeeId, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetEmployeeQuery(employeeId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetEmployee")
            .WithSummary("An employee's entry: for themselves, their department head and directory officers.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/employees/{employeeId}/assignment", async (string employeeId, DateOnly asOf, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetEmployeeAssignmentQuery(employeeId, asOf), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetEmployeeAssignment")
            .WithSummary("The department the employee belonged to on asOf.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/me", async (ICurrentUser user, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetEmployeeQuery(user.Id), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyEntry").WithSummary("The caller's own directory entry.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/imports/employees", ImportEmployeesAsync)
            .RequireAuthorization(Policies.PersonnelSystem).WithName("ImportEmployees").RequireRateLimiting(RateLimits.Bulk)
            .WithSummary("Import employees from the personnel system: JSON array or CSV (UTF-8 or Shift_JIS, header line; Japanese headers, values and 和暦 dates accepted). " +
                         "mode=Full marks employees missing from the file as left the day before asOf; dryRun=true reports without changing anything.")
            .Accepts<EmployeeImportRow[]>("application/json", "text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(imports.MaxBytes), imports, ErrorHandling.GzipRequestBody.Instance, new CsvImportColumns(EmployeeImportRow.FileDescription))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/imports/departments", ImportDepartmentsAsync)
            .RequireAuthorization(Policies.PersonnelSystem).WithName("ImportDepartments").RequireRateLimiting(RateLimits.Bulk)
            .WithSummary("Import departments: JSON array or CSV (UTF-8 or Shift_JIS; Japanese headers, values and 和暦 dates accepted). mode=Full closes departments missing from the file the day before asOf.")
            .Accepts<DepartmentImportRow[]>("application/json", "text/csv")
            .WithMetadata(new RequestSizeLimitAttribute(imports.MaxBytes), imports, ErrorHandling.GzipRequestBody.Instance, new CsvImportColumns(DepartmentImportRow.FileDescription))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/imports", async (int? page, int? pageSize, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetImportsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.PersonnelMaintenance).WithName("GetImports").WithSummary("Import history, newest first.")
            .ProducesValidationProblem();
        group.MapGet("/imports/{importId:guid}", async (Guid importId, IOrganisationModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetImportQuery(importId), ct)))
            .RequireAuthorization(Policies.PersonnelMaintenance).WithName("GetImport").WithSummary("One import's report: counts, rejected rows and the first changes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<DepartmentDto>, Ok<DepartmentDto>>> PutDepartmentAsync(
        string departmentCode, PutDepartmentRequest body, IOrganisationModule m, CancellationToken ct)
    {
        var result = await m.ExecuteCommandAsync(new PutDepartmentCommand(
            departmentCode, body.Name, body.ParentDepartmentCode, body.AppointingAuthority, body.EffectiveFrom, body.EffectiveTo), ct);
        return result.Created
            ? TypedResults.Created($"/api/v1/organisation/departments/{departmentCode}", result.Department)
            : TypedResults.Ok(result.Department);
    }

    private static async Task<Results<Created<ImportReportDto>, ProblemHttpResult>> ImportEmployeesAsync(
        HttpRequest request, ImportMode? mode, DateOnly? asOf, bool? dryRun, IOrganisationModule m, CancellationToken ct)
    {
        if (Format(request) is not (var format, var charset))
        {
            return ErrorHandling.RawBody.UnsupportedMediaType();
        }

        var report = await m.ExecuteCommandAsync(new ImportEmployeesCommand(mode ?? ImportMode.Delta, asOf, dryRun ?? false, format, request.Body, charset), ct);
        return TypedResults.Created($"/api/v1/organisation/imports/{report.Id}", report);
    }

    private static async Task<Results<Created<ImportReportDto>, ProblemHttpResult>> ImportDepartmentsAsync(
        HttpRequest request, ImportMode? mode, DateOnly? asOf, bool? dryRun, IOrganisationModule m, CancellationToken ct)
    {
        if (Format(request) is not (var format, var charset))
        {
            return ErrorHandling.RawBody.UnsupportedMediaType();
        }

        var report = await m.ExecuteCommandAsync(new ImportDepartmentsCommand(mode ?? ImportMode.Delta, asOf, dryRun ?? false, format, request.Body, charset), ct);
        return TypedResults.Created($"/api/v1/organisation/imports/{report.Id}", report);
    }

    /// <summary>
    /// The body's format and charset; null (415) for another media type, for CSV in a charset the import does not
    /// read, or for JSON in anything but UTF-8 (RFC 8259).
    /// </summary>
    private static (ImportFormat Format, TextCharset? Charset)? Format(HttpRequest request)
    {
        var charset = MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            ? HeaderUtilities.RemoveQuotes(contentType.Charset).Value
            : null;
        if (!ImportText.TryGetCharset(charset, out var named))
        {
            return null;
        }

        return ErrorHandling.RawBody.MediaType(request) switch
        {
            "application/json" when named is null or TextCharset.Utf8 => (ImportFormat.Json, named),
            "text/csv" => (ImportFormat.Csv, named),
            _ => null,
        };
    }
}

internal sealed record PutDepartmentRequest(
    string Name,
    string? ParentDepartmentCode,
    AppointingAuthority AppointingAuthority,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo);

internal sealed record AssignDepartmentHeadRequest(string EmployeeId, DateOnly EffectiveFrom);
