using Microsoft.AspNetCore.Http.HttpResults;
using Welfare.Host.Security;
using Welfare.Modules.StressCheck.Application;
using Welfare.Modules.StressCheck.Application.Campaigns;
using Welfare.Modules.StressCheck.Application.Campaigns.ChangeCriteria;
using Welfare.Modules.StressCheck.Application.Campaigns.CreateCampaign;
using Welfare.Modules.StressCheck.Application.Campaigns.GetCampaign;
using Welfare.Modules.StressCheck.Application.Campaigns.GetCampaigns;
using Welfare.Modules.StressCheck.Application.Campaigns.NameImplementers;
using Welfare.Modules.StressCheck.Application.Campaigns.OpenCampaign;
using Welfare.Modules.StressCheck.Application.Questionnaire.GetQuestionnaire;
using Welfare.Modules.StressCheck.Application.Results;
using Welfare.Modules.StressCheck.Application.Results.GetMyResult;
using Welfare.Modules.StressCheck.Application.Results.GetMyResultChart;
using Welfare.Modules.StressCheck.Application.Results.GiveConsent;
using Welfare.Modules.StressCheck.Application.Results.SubmitAnswers;
using Welfare.Modules.StressCheck.Application.Results.WithdrawConsent;
using Welfare.Modules.StressCheck.Domain.Campaigns;

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
        group.MapGet("/campaigns", async (IStressCheckModule m, CancellationToken ct) => TypedResults.Ok(await m.ExecuteQueryAsync(new GetCampaignsQuery(), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckCampaigns")
            .WithSummary("Campaigns the caller may see: all for welfare officers; otherwise those they implement or are targeted by.");
        group.MapGet("/campaigns/{campaignId:guid}", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteQueryAsync(new GetCampaignQuery(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GetStressCheckCampaign").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/campaigns/{campaignId:guid}/criteria", async (Guid campaignId, ChangeCriteriaRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new ChangeCriteriaCommand(campaignId, body.Criteria, body.MinimumGroupSize, body.ConsentScope, body.CommitteeDecisionReference), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("ChangeStressCheckCriteria")
            .WithSummary("Change the scoring method, thresholds, group minimum and consent scope; refused (422) once the campaign has opened.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/campaigns/{campaignId:guid}/implementers", async (Guid campaignId, NameImplementersRequest body, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new NameImplementersCommand(campaignId, body.Physicians), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("NameStressCheckImplementers")
            .WithSummary("Name the physicians who implement the campaign.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/campaigns/{campaignId:guid}/open", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new OpenCampaignCommand(campaignId), ct)))
            .RequireAuthorization(Policies.WelfareOfficer).WithName("OpenStressCheckCampaign")
            .WithSummary("Fix the targets from the directory as of the opening date and open the campaign.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

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
                TypedResults.Text(await m.ExecuteCommandAsync(new GetMyResultChartCommand(campaignId), ct), "image/svg+xml; charset=utf-8"))
            .RequireAuthorization(Policies.Authenticated).WithName("GetMyStressCheckResultChart")
            .WithSummary("The caller's result as a radar chart of the 19 scales (SVG, labelled in Japanese).")
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound);
        my.MapPut("/consent", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new GiveConsentCommand(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("GiveStressCheckConsent")
            .WithSummary("Consent to give the result to the employer (within the campaign's consent scope). Only after notification (409 before).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        my.MapDelete("/consent", async (Guid campaignId, IStressCheckModule m, CancellationToken ct) =>
                TypedResults.Ok(await m.ExecuteCommandAsync(new WithdrawConsentCommand(campaignId), ct)))
            .RequireAuthorization(Policies.Authenticated).WithName("WithdrawStressCheckConsent")
            .WithSummary("Withdraw the consent.").ProducesProblem(StatusCodes.Status404NotFound);
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
