using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http.Metadata;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;
using Welfare.SharedKernel.Infrastructure.Auditing;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Host.Security;

/// <summary>
/// Writes every refusal by an endpoint policy to the audit trail before the answer goes out: a caller
/// without a valid token (401, recorded as "anonymous") and an authenticated caller without the role
/// (403). Refusals inside modules are audited by the modules. Anonymous callers are bounded by the
/// rate limiter (per address), which runs before this, so they cannot flood the trail.
/// </summary>
internal sealed class AuditingAuthorizationResultHandler(TimeProvider clock) : IAuthorizationMiddlewareResultHandler
{
    private const string AnonymousActor = "anonymous";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden || authorizeResult.Challenged)
        {
            var user = context.RequestServices.GetRequiredService<ICurrentUser>();
            var db = context.RequestServices.GetRequiredService<AuditDbContext>();
            var endpoint = context.GetEndpoint() as RouteEndpoint;
            var now = clock.GetUtcNow();
            db.AuditEntries.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(now),
                OccurredAt = now,
                Module = endpoint?.Metadata.GetMetadata<ITagsMetadata>()?.Tags.FirstOrDefault() ?? "Host",
                ActorId = authorizeResult.Challenged ? AnonymousActor : user.Id,
                ActorRoles = authorizeResult.Challenged ? [] : [.. user.Roles],
                Action = authorizeResult.Challenged ? "endpoint.authenticate" : "endpoint.access",
                RecordType = "Endpoint",
                RecordId = $"{context.Request.Method} {endpoint?.RoutePattern.RawText ?? context.Request.Path.Value}",
                Outcome = nameof(AuditOutcome.Denied),
                TraceId = Activity.Current?.TraceId.ToString(),
            });
            await db.SaveChangesAsync(context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
