using Welfare.SharedKernel.Application.Security;

namespace Welfare.Host.Security;

/// <summary>The caller as the validated token describes them; outside a request (the outbox relay) it is the system.</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string SystemId = "system";

    private System.Security.Claims.ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated ?? false;

    public string Id => IsAuthenticated ? Principal!.FindFirst("sub")?.Value ?? string.Empty : SystemId;

    public string? Department => Principal?.FindFirst("department")?.Value;

    public IReadOnlyCollection<string> Roles =>
        Principal?.FindAll("role").Select(c => c.Value).Distinct().ToArray() ?? [];

    public bool IsInRole(string role) => Principal?.HasClaim("role", role) ?? false;
}
