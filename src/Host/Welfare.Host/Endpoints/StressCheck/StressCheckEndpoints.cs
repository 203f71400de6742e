using Microsoft.AspNetCore.Http.HttpResults;
using Welfare.Host.Concurrency;
using Welfare.Host.Forms;
using Welfare.Host.Lists;
using Welfare.Host.OpenApi;
using Welfare.Host.Security;
using Welfare.Host.Validation;
using Welfare.Modules.StressCheck.Application.Campaigns.AddTarget;
using Welfare.Modules.StressCheck.Application.Campaigns.ChangeCriteria;
using Welfare.Modules.StressCheck.Application.Campaigns.CloseCampaign;
using Welfare.Modules.StressCheck.Application.Campaigns.CreateCampaign;
using Welfare.Modules.StressCheck.Application.Campaigns.DesignateStaff;
using Welfare.Modules.StressCheck.Application.Campaigns.ExcludeTarget;
using Welfare.Modules.StressCheck.Application.Campaigns.GetCampaign;
using Welfare.Modules.StressCheck.Application.Campaigns.GetCampaigns;
using Welfare.Modules.StressCheck.Application.Campaigns.NameImplementers;
using Welfare.Modules.StressCheck.Application.Campaigns.OpenCampaign;
using Welfare.Modules.StressCheck.Application.Campaigns;
using Welfare.Modules.StressCheck.Application.Exports.ExportGroupAnalyses;
using Welfare.Modules.StressCheck.Application.Exports.ExportResults;
using Welfare.Modules.StressCheck.Application.GroupAnalyses;
using Welfare.Modules.StressCheck.Application.GroupAnalyses.GetGroupAnalyses;
using Welfare.Modules.StressCheck.Application.GroupAnalyses.GetGroupAnalysis;
using Welfare.Modules.StressCheck.Application.GroupAnalyses.ReleaseGroupAnalysis;
using Welfare.Modules.StressCheck.Application.Interviews.DecideEligibility;
using Welfare.Modules.StressCheck.Application.Interviews.DecideMeasures;
using Welfare.Modules.StressCheck.Application.Interviews.GetInterview;
using Welfare.Modules.StressCheck.Application.Interviews.GetInterviewForm;
using Welfare.Modules.StressCheck.Application.Interviews.GetInterviews;
using Welfare.Modules.StressCheck.Application.Interviews.GetMyInterview;
using Welfare.Modules.StressCheck.Application.Interviews.IssueOpinion;
using Welfare.Modules.StressCheck.Application.Interviews.RecommendInterview;
using Welfare.Modules.StressCheck.Application.Interviews.RecordInterview;
using Welfare.Modules.StressCheck.Application.Interviews.RequestInterview;
using Welfare.Modules.StressCheck.Application.Participation.GetParticipants;
using Welfare.Modules.StressCheck.Application.Participation.GetParticipation;
using Welfare.Modules.StressCheck.Application.Participation.RequestReminders;
using Welfare.Modules.StressCheck.Application.Questionnaire.GetQuestionnaire;
using Welfare.Modules.StressCheck.Application.Results.GetMyResult;
using Welfare.Modules.StressCheck.Application.Results.GetMyResultChart;
using Welfare.Modules.StressCheck.Application.Results.GetMyResultNotice;
using Welfare.Modules.StressCheck.Application.Results.GetResult;
using Welfare.Modules.StressCheck.Application.Results.GetResults;
using Welfare.Modules.StressCheck.Application.Results.GiveConsent;
using Welfare.Modules.StressCheck.Application.Results.SubmitAnswers;
using Welfare.Modules.StressCheck.Application.Results.WithdrawConsent;
using Welfare.Modules.StressCheck.Application.Results;
using Welfare.Modules.StressCheck.Application.Retention.PurgeExpiredRecords;
using Welfare.Modules.StressCheck.Application;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.Endpoints.StressCheck;

internal static class StressCheckEndpoints
{
    public const string Tag = "StressCheck";

    /// <summary>Routes of the StressCheck module under <c>/api/v1/stress-check</c> (seed 004).</summary>
    public static IEndpointRouteBuilder MapStressCheckEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/stress-check").WithTags(Tag);

        group.MapGet("/questionnaire", async (IStressCheckModule m, CancellationToken ct) => TypedResults.Ok(await m.ExecuteQueryAsync(new GetQuestionnaireQuery(), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckQuestionnaire")
            .WithSummary("The BJSQ-57 questionnaire: items and answer labels in Japanese with English translations.");

        group.MapPost("/campaigns", async (CreateCampaignCommand command, IStressCheckModule m, CancellationToken ct) =>
            {
                var campaign = await m.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/stress-check/campaigns/{campaign.Id}", campaign);
            })
            .RequireAuthorization(Policies.WelfareOfficer).WithName("CreateStressCheckCampaign")
            .WithSummary("Prepare a campaign (draft): period, scoring method and thresholds, group minimum, consent scope, target selection.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/campaigns", async (int? page, int? pageSize, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetCampaignsQuery(PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckCampaigns")
            .WithSummary("Campaigns the caller may see, latest first: all for welfare officers; otherwise those they implement or are targeted by.")
            .ProducesValidationProblem();
        group.MapGet("/campaigns/{campaignId:guid}", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetCampaignQuery(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckCampaign")
            .WithSummary("One campaign, for those it concerns.").ProducesProblem(StatusCodes.Status404NotFound).ReadsEditableRecord();
        group.MapPut("/campaigns/{campaignId:guid}/criteria", async (Guid campaignId, ChangeCriteriaRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ChangeCriteriaCommand(campaignId, body.Criteria, body.MinimumGroupSize, body.ConsentScope, body.CommitteeDecisionReference), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("ChangeStressCheckCriteria")
            .WithSummary("Change the scoring method, thresholds, group minimum and consent scope; refused (422) once the campaign has opened.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPut("/campaigns/{campaignId:guid}/implementers", async (Guid campaignId, NameImplementersRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new NameImplementersCommand(campaignId, body.Physicians), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("NameStressCheckImplementers")
            .WithSummary("Name the physicians who implement the campaign.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/campaigns/{campaignId:guid}/open", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new OpenCampaignCommand(campaignId), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("OpenStressCheckCampaign").WaitsForDirectory()
            .WithSummary("Fix the targets from the directory as of the opening date and open the campaign.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();

        group.MapPut("/campaigns/{campaignId:guid}/staff", async (Guid campaignId, DesignateStaffRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new DesignateStaffCommand(campaignId, body.Staff), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("DesignateStressCheckStaff")
            .WithSummary("The implementer designates the implementation staff (nobody with personnel authority may act as such).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ChangesEditableRecord();
        group.MapPost("/campaigns/{campaignId:guid}/targets/{employeeId}", async (Guid campaignId, string employeeId, TargetChangeRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new AddTargetCommand(campaignId, employeeId, body.Reason), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("AddStressCheckTarget").WaitsForDirectory()
            .WithSummary("Add an employee to the campaign individually, with the reason.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/campaigns/{campaignId:guid}/targets/{employeeId}/exclusion", async (Guid campaignId, string employeeId, TargetChangeRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ExcludeTargetCommand(campaignId, employeeId, body.Reason), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("ExcludeStressCheckTarget")
            .WithSummary("Leave an employee out of the campaign with the reason (e.g. under treatment, art. 10).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        group.MapPost("/campaigns/{campaignId:guid}/close", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new CloseCampaignCommand(campaignId), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("CloseStressCheckCampaign")
            .WithSummary("Close the campaign to answers.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();

        group.MapGet("/campaigns/{campaignId:guid}/participation", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetParticipationQuery(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckParticipation")
            .WithSummary("How many targets have taken the check (the people: …/participants): implementer, implementation staff, welfare officers.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/campaigns/{campaignId:guid}/participants", async (Guid campaignId, bool? taken, string? department, int? page, int? pageSize, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetParticipantsQuery(campaignId, taken, department, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckParticipants")
            .WithSummary("Who has and has not taken the check, by staff number, never results: implementer, implementation staff, welfare officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/campaigns/{campaignId:guid}/reminders", async (Guid campaignId, RemindersRequest? body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RequestRemindersCommand(campaignId, body?.EmployeeIds), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RequestStressCheckReminders")
            .WithSummary("Ask the notification system to remind targets who have not taken the check (all of them when no list is given).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var results = group.MapGroup("/campaigns/{campaignId:guid}/results").AddEndpointFilter(NoStore);
        results.MapGet(string.Empty, async Task<Results<Ok<PagedList<DisclosedResultDto>>, FileContentHttpResult>> (Guid campaignId, string? department, bool? highStress,
                int? page, int? pageSize, Choice<TableFormat>? format, HttpRequest request, IStressCheckModule m, CancellationToken ct) =>
                request.WantsCsv(format)
                    ? CsvAnswers.File(await m.ExecuteQueryAsync(new ExportResultsQuery(campaignId, department, highStress), ct), $"stress-check-results-{campaignId}.csv")
                    : TypedResults.Ok(await m.ExecuteQueryAsync(new GetResultsQuery(campaignId, department, highStress, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckResults").RequireRateLimiting(RateLimits.Export)
            .WithSummary("Results the caller may see: all for the implementer and staff; consented ones within the consent scope for welfare officers and, for their own staff, department heads. " +
                "CSV of every one (Accept: text/csv or format=csv).")
            .AnswersCsv<PagedList<DisclosedResultDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        results.MapGet("/{employeeId}", async (Guid campaignId, string employeeId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetResultQuery(campaignId, employeeId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckResult")
            .WithSummary("One employee's result as far as the caller may see it.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/campaigns/{campaignId:guid}/group-analyses", async Task<Results<Ok<PagedList<GroupAnalysisDto>>, FileContentHttpResult>> (Guid campaignId, int? page,
                int? pageSize, Choice<TableFormat>? format, HttpRequest request, HttpResponse response, IStressCheckModule m, CancellationToken ct) =>
            {
                if (!request.WantsCsv(format))
                {
                    return TypedResults.Ok(await m.ExecuteQueryAsync(new GetGroupAnalysesQuery(campaignId, PageRequest.Of(page, pageSize)), ct));
                }

                response.Headers.CacheControl = "no-store";
                return CsvAnswers.File(await m.ExecuteQueryAsync(new ExportGroupAnalysesQuery(campaignId), ct), $"stress-check-group-analyses-{campaignId}.csv");
            })
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckGroupAnalyses").RequireRateLimiting(RateLimits.Bulk)
            .WithSummary("Every department's group analysis by department code, live, for the implementer; as CSV (Accept: text/csv or format=csv) also the released ones for welfare officers.")
            .AnswersCsv<PagedList<GroupAnalysisDto>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/campaigns/{campaignId:guid}/group-analyses/{departmentCode}", async (Guid campaignId, string departmentCode, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetGroupAnalysisQuery(campaignId, departmentCode), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckGroupAnalysis")
            .WithSummary("A department's group analysis: live for the implementer; the released figures for welfare officers and that department's head.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/campaigns/{campaignId:guid}/group-analyses/{departmentCode}/release", async (Guid campaignId, string departmentCode, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ReleaseGroupAnalysisCommand(campaignId, departmentCode), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("ReleaseStressCheckGroupAnalysis")
            .WithSummary("The implementer releases a department's analysis to the employer: only for groups of at least the minimum size, or where everyone consented (409).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/retention/purge", async (bool? dryRun, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new PurgeExpiredRecordsCommand(dryRun ?? true), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("PurgeExpiredStressCheckRecords")
            .WithSummary("Delete results, consents, interviews and released analyses past their 5-year retention. dryRun defaults to true: pass dryRun=false to delete.");

        var interviews = group.MapGroup("/campaigns/{campaignId:guid}/interviews").AddEndpointFilter(NoStore);
        interviews.MapGet(string.Empty, async (Guid campaignId, int? page, int? pageSize, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetInterviewsQuery(campaignId, PageRequest.Of(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckInterviews")
            .WithSummary("Who asked for or was recommended an interview, with status, by staff number: implementer, staff, welfare officers.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        interviews.MapGet("/{employeeId}", async (Guid campaignId, string employeeId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetInterviewQuery(campaignId, employeeId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckInterview")
            .WithSummary("One interview as far as the caller may see it: the record for the implementer; the opinion and decision also for welfare officers and the employee's department head.")
            .ProducesProblem(StatusCodes.Status404NotFound).ReadsEditableRecord();
        interviews.MapGet("/{employeeId}/forms/{form}", async (Guid campaignId, string employeeId, Choice<InterviewForm> form, Choice<FormFormat>? format, IStressCheckModule m, HttpContext context, CancellationToken ct) =>
                FormResults.Print(await m.ExecuteQueryAsync(new GetInterviewFormQuery(campaignId, employeeId, form.Value), ct), format, context))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckInterviewForm")
            .WithSummary("面接指導の様式（A4）: request (面接指導申出書, 別記様式第3号) for the implementer; opinion (医師の意見, 別表第2) also for welfare officers and the employee's department head. CSV twin with Accept: text/csv.")
            .ProducesForm().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        interviews.MapPost("/{employeeId}/recommendation", async (Guid campaignId, string employeeId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecommendInterviewCommand(campaignId, employeeId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecommendStressCheckInterview")
            .WithSummary("The implementer recommends an interview to a high-stress employee who has not asked (art. 15).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        interviews.MapPut("/{employeeId}/eligibility", async (Guid campaignId, string employeeId, EligibilityRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new DecideEligibilityCommand(campaignId, employeeId, body.Eligible, body.Note), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("DecideStressCheckInterviewEligibility")
            .WithSummary("The implementer confirms whether the requesting employee is eligible (art. 13(3)).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        interviews.MapPut("/{employeeId}/record", async (Guid campaignId, string employeeId, InterviewRecordRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RecordInterviewCommand(campaignId, employeeId, body.HeldOn, body.WorkSituation, body.PsychologicalBurden, body.OtherHealthState), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RecordStressCheckInterview")
            .WithSummary("The implementer records the interview (art. 19).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        interviews.MapPut("/{employeeId}/opinion", async (Guid campaignId, string employeeId, OpinionRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new IssueOpinionCommand(campaignId, employeeId, body.WorkCategory, body.OvertimeCapHours, body.OvertimeForbidden,
                    body.ShortenedHours, body.NoNightWork, body.OtherMeasures, body.ValidFrom, body.ValidTo, body.WorkloadMeasures, body.HumanRelationsMeasures), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("IssueStressCheckPhysicianOpinion")
            .WithSummary("The implementer's opinion: work category 0/1/2, measures with their period, workplace measures. Publishes PhysicianOpinionIssued.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();
        interviews.MapPut("/{employeeId}/decision", async (Guid campaignId, string employeeId, DecisionRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new DecideMeasuresCommand(campaignId, employeeId, body.Measures, body.EmployeeOpinion), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("DecideStressCheckMeasures")
            .WithSummary("The employer's decision on measures, with the employee's opinion heard (art. 18).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity).ChangesEditableRecord();

        var my = group.MapGroup("/campaigns/{campaignId:guid}/my").AddEndpointFilter(NoStore);
        my.MapPost("/submissions", async (Guid campaignId, SubmitAnswersRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/stress-check/campaigns/{campaignId}/my/result", await m.ExecuteCommandAsync(new SubmitAnswersCommand(campaignId, body.Answers), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("SubmitStressCheckAnswers")
            .WithSummary("Submit the caller's 57 answers (1–4, in item order) while the campaign is open; may be repeated, the last counts.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        my.MapGet("/result", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new GetMyResultCommand(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyStressCheckResult")
            .WithSummary("The caller's own result. The first read is the notification, and its time is recorded.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        my.MapGet("/result/chart.svg", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await m.ExecuteCommandAsync(new GetMyResultChartCommand(campaignId), ct)),
                    "image/svg+xml; charset=utf-8", $"stress-check-result-{campaignId}.svg"))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyStressCheckResultChart")
            .WithSummary("The caller's result as a radar chart of the 19 scales (SVG, labelled in Japanese).")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound);
        my.MapGet("/result/notice", async (Guid campaignId, Choice<FormFormat>? format, IStressCheckModule m, HttpContext context, CancellationToken ct) =>
                FormResults.Print(await m.ExecuteCommandAsync(new GetMyResultNoticeCommand(campaignId), ct), format, context))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyStressCheckResultNotice")
            .WithSummary("ストレスチェック結果のお知らせ（個人結果・レーダーチャート付き、A4）: the caller's result as the printed notice (art. 11), or its CSV twin (Accept: text/csv).")
            .ProducesForm().ProducesProblem(StatusCodes.Status404NotFound);
        my.MapPut("/consent", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new GiveConsentCommand(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GiveStressCheckConsent")
            .WithSummary("Consent to give the result to the employer (within the campaign's consent scope). Only after notification (409 before).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        my.MapDelete("/consent", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new WithdrawConsentCommand(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("WithdrawStressCheckConsent")
            .WithSummary("Withdraw the consent.").ProducesProblem(StatusCodes.Status404NotFound);
        my.MapPost("/interview-request", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new RequestInterviewCommand(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("RequestStressCheckInterview")
            .WithSummary("Ask for an interview with the implementer (Form 3), after reading the result (409 before). Counts as consent where the campaign says so.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        my.MapGet("/interview", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetMyInterviewQuery(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyStressCheckInterview")
            .WithSummary("The caller's own interview: request, record, opinion and decision.").ProducesProblem(StatusCodes.Status404NotFound);
        my.MapGet("/interview/forms/{form}", async (Guid campaignId, Choice<InterviewForm> form, Choice<FormFormat>? format, IStressCheckModule m, HttpContext context, CancellationToken ct) =>
                FormResults.Print(await m.ExecuteQueryAsync(new GetInterviewFormQuery(campaignId, null, form.Value), ct), format, context))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyStressCheckInterviewForm")
            .WithSummary("自分の面接指導の様式（A4）: the caller's request (別記様式第3号) to hand in with the result and consent, or the physician's opinion (別表第2).")
            .ProducesForm().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Health information must not stay in shared caches or browsers' history.</summary>
    private static async ValueTask<object?> NoStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }
}

internal sealed record ChangeCriteriaRequest(HighStressCriteriaDto Criteria, int MinimumGroupSize, ConsentScope ConsentScope, string CommitteeDecisionReference);

internal sealed record NameImplementersRequest(IReadOnlyList<string> Physicians);

internal sealed record SubmitAnswersRequest(IReadOnlyList<int> Answers);

internal sealed record EligibilityRequest(bool Eligible, string? Note);

internal sealed record InterviewRecordRequest(DateOnly HeldOn, string WorkSituation, string PsychologicalBurden, string OtherHealthState);

internal sealed record OpinionRequest(
    WorkCategory WorkCategory,
    int? OvertimeCapHours,
    bool OvertimeForbidden,
    bool ShortenedHours,
    bool NoNightWork,
    string? OtherMeasures,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? WorkloadMeasures,
    string? HumanRelationsMeasures);

internal sealed record DecisionRequest(string Measures, string EmployeeOpinion);

internal sealed record DesignateStaffRequest(IReadOnlyList<string> Staff);

internal sealed record TargetChangeRequest(string Reason);

internal sealed record RemindersRequest(IReadOnlyList<string>? EmployeeIds);
