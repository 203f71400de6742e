using Welfare.SharedKernel.Application.Security;

namespace Welfare.Host.Security;

/// <summary>The caller as the validated token describes them; outside a request (the outbox relay, scheduled jobs) it is the system.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor, SystemActor systemActor) : ICurrentUser
{
    public const string SystemId = SystemActor.Id;

    private System.Security.Claims.ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated ?? false;

    // Both conditions: a job's scope never carries a request, and a request can never enter the system's scope.
    public bool IsSystem => accessor.HttpContext is null && systemActor.IsActive;

    public string Id => IsAuthenticated ? Principal!.FindFirst("sub")?.Value ?? string.Empty : SystemId;

    public string? Department => Principal?.FindFirst("department")?.Value;

    public IReadOnlyCollection<string> Roles =>
        Principal?.FindAll("role").Select(c => c.Value).Distinct().ToArray() ?? [];

    public bool IsInRole(string role) => Principal?.HasClaim("role", role) ?? false;
}
