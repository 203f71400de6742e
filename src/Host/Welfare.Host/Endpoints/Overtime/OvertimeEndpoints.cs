using Welfare.Host.Security;
using Welfare.Modules.Overtime.Application;
using Welfare.Modules.Overtime.Application.Departments.DesignateOtherDriven;
using Welfare.Modules.Overtime.Application.Departments.EndDesignation;
using Welfare.Modules.Overtime.Application.Departments.GetDepartmentKinds;
using Welfare.Modules.Overtime.Application.Departments.GetOtherDrivenShare;
using Welfare.Modules.Overtime.Application.Rules.GetDefaultRules;
using Welfare.Modules.Overtime.Application.Rules.GetRuleSets;
using Welfare.Modules.Overtime.Application.Rules.GetRulesInForce;
using Welfare.Modules.Overtime.Application.Rules.IssueRuleSet;
using Welfare.Modules.Overtime.Application.Schedules.GetWorkSchedule;
using Welfare.Modules.Overtime.Application.Schedules.SetWorkSchedule;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.Endpoints.Overtime;

internal static class OvertimeEndpoints
{
    public const string Tag = "Overtime";

    /// <summary>Routes of the Overtime module under <c>/api/v1/overtime</c> (seed 002, shared/domain/overtime.md).</summary>
    public static IEndpointRouteBuilder MapOvertimeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/overtime").WithTags(Tag);

        group.MapGet("/rules/defaults", async (IOvertimeModule m, CancellationToken ct) => TypedResults.Ok(await m.ExecuteQueryAsync(new GetDefaultRulesQuery(), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetOvertimeDefaultRules")
            .WithSummary("The national defaults of every limit, warning tier, interval and interview threshold.");
        group.MapGet("/rules", async (DateOnly? asOf, IOvertimeModule m, CancellationToken ct) => TypedResults.Ok(await m.ExecuteQueryAsync(new GetRulesInForceQuery(asOf), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetOvertimeRulesInForce")
            .WithSummary("The rules in force on asOf (default today).");
        group.MapGet("/rule-sets", async (int? page, int? pageSize, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetRuleSetsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("GetOvertimeRuleSets").WithSummary("Every version of the employer's rules, newest first.")
            .ProducesValidationProblem();
        group.MapPost("/rule-sets", async (IssueRuleSetCommand command, IOvertimeModule m, CancellationToken ct) =>
            {
                var ruleSet = await m.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/overtime/rules?asOf={ruleSet.EffectiveFrom:yyyy-MM-dd}", ruleSet);
            })
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("IssueOvertimeRuleSet")
            .WithSummary("Issue a new version of the rules from a date (today or later, after the latest version); older versions never change.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/departments", async (DateOnly? asOf, int? page, int? pageSize, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetDepartmentKindsQuery(asOf, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetOvertimeDepartmentKinds")
            .WithSummary("Each department with its kind (standard or other-driven) on asOf (default today), by code.")
            .ProducesValidationProblem();
        group.MapPost("/departments/{departmentCode}/other-driven", async (string departmentCode, DesignationRequest body, IOvertimeModule m, CancellationToken ct) =>
            {
                var designation = await m.ExecuteCommandAsync(new DesignateOtherDrivenCommand(departmentCode, body.From, body.To, body.Reason), ct);
                return TypedResults.Created($"/api/v1/overtime/departments?asOf={designation.From:yyyy-MM-dd}", designation);
            })
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("DesignateOtherDrivenDepartment")
            .WithSummary("Designate a department other-driven for a period, with the reason.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/departments/{departmentCode}/other-driven/end", async (string departmentCode, EndDesignationRequest body, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new EndDesignationCommand(departmentCode, body.LastDay), ct)))
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("EndOtherDrivenDesignation")
            .WithSummary("End the department's open other-driven designation on its last day.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/reports/other-driven-share", async (DateOnly? asOf, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetOtherDrivenShareQuery(asOf), ct)))
            .RequireAuthorization(Policies.SchemeAdministrator).WithName("GetOtherDrivenShare")
            .WithSummary("The share of departments designated other-driven, flagged above the rule set's warning share (seed 002 §1(2)).");
        group.MapGet("/employees/{employeeId}/schedule", async (string employeeId, DateOnly? asOf, IOvertimeModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetWorkScheduleQuery(employeeId, asOf), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetWorkSchedule")
            .WithSummary("An employee's working day on asOf (default today; 8:30–17:15, break 12:00–13:00 unless set): the employee, their department head, the scheme's officers.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/employees/{employeeId}/schedule", async (string employeeId, WorkScheduleRequest body, IOvertimeModule m, CancellationToken ct) =>
            {
                var schedule = await m.ExecuteCommandAsync(new SetWorkScheduleCommand(employeeId, body.From, body.Start, body.End, body.BreakStart, body.BreakEnd), ct);
                return TypedResults.Created($"/api/v1/overtime/employees/{employeeId}/schedule?asOf={body.From:yyyy-MM-dd}", schedule);
            })
            .RequireAuthorization(Policies.Authenticated).WithName("SetWorkSchedule")
            .WithSummary("Set an employee's working day from a date: the head of their department or the scheme's officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapOvertimeWorkingTimeEndpoints();
        return app;
    }
}

internal sealed record DesignationRequest(DateOnly From, DateOnly? To, string Reason);

internal sealed record EndDesignationRequest(DateOnly LastDay);

internal sealed record WorkScheduleRequest(DateOnly From, TimeOnly Start, TimeOnly End, TimeOnly BreakStart, TimeOnly BreakEnd);
