using Microsoft.AspNetCore.Http.HttpResults;
using Welfare.Host.Security;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Auditing.SearchAuditEntries;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Host.Endpoints.Platform;

internal static class AuditEndpoints
{
    public const string Tag = "Audit";

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        // Read only, on purpose: the API offers no way to change or delete an audit entry.
        app.MapGet("/api/v1/audit", SearchAsync)
            .WithTags(Tag)
            .RequireAuthorization(Policies.Auditor)
            .WithName("SearchAuditEntries")
            .WithSummary("Search the audit trail (auditor only), newest first.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Ok<PagedList<AuditEntryDto>>> SearchAsync(
        IAuditTrailModule audit,
        string? actorId,
        AuditedModule? module,
        string? action,
        string? recordType,
        string? recordId,
        AuditOutcome? outcome,
        DateTimeOffset? from,
        DateTimeOffset? to,
        int? page,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var query = new SearchAuditEntriesQuery(
            actorId, module?.ToString(), action, recordType, recordId, outcome, from, to,
            PageRequest.Of(page, pageSize));
        return TypedResults.Ok(await audit.ExecuteQueryAsync(query, cancellationToken));
    }
}

/// <summary>The modules whose use cases write to the audit trail, as entries name them (the search's <c>module</c> filter).</summary>
internal enum AuditedModule
{
    [Label("監査記録", "Audit trail")]
    Audit,
    [Label("組織", "Organisation")]
    Organisation,
    [Label("ピアサポート", "Peer support")]
    PeerSupport,
    [Label("職場復帰支援", "Return to work")]
    ReturnToWork,
    [Label("時間外勤務", "Overtime")]
    Overtime,
    [Label("ハラスメント", "Harassment")]
    Harassment,
    [Label("ストレスチェック", "Stress check")]
    StressCheck,
}
