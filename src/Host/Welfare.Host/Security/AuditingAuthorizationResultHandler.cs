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
/// Writes every refusal by an endpoint policy (an authenticated caller without the role) to the audit
/// trail before the 403 goes out; refusals inside modules are audited by the modules.
/// </summary>
internal sealed class AuditingAuthorizationResultHandler(TimeProvider clock) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
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
                ActorId = user.Id,
                ActorRoles = [.. user.Roles],
                Action = "endpoint.access",
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
