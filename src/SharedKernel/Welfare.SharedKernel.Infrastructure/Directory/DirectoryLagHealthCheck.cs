using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Telemetry;

namespace Welfare.SharedKernel.Infrastructure.Directory;

/// <summary>
/// Readiness detail: how far each module's copy of the directory is behind Organisation's committed changes. A copy
/// that lags is degraded (operations that fix directory data answer 409 until it catches up), not down.
/// </summary>
internal sealed class DirectoryLagHealthCheck(IServiceScopeFactory scopeFactory, ModuleCatalog catalog, TimeProvider clock, WelfareMetrics metrics) : IHealthCheck
{
    /// <summary>Beyond this the relay is not keeping up (it applies thousands of employees a second).</summary>
    internal static readonly TimeSpan DegradedAfter = TimeSpan.FromMinutes(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var worst = TimeSpan.Zero;
        foreach (var module in catalog.Modules.Where(m => typeof(IDirectoryReadModel).IsAssignableFrom(m.DbContextType)).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var directory = (IDirectoryReadModel)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            var lag = await directory.LagAsync(cancellationToken);
            var behind = now - lag.AsOf(now);
            worst = behind > worst ? behind : worst;
            metrics.DirectoryLag(module.Name, lag.OldestPending, lag.PendingEvents);
            data[module.Name] = new { pendingEvents = lag.PendingEvents, lagSeconds = Math.Round(behind.TotalSeconds, 1) };
        }

        return worst > DegradedAfter
            ? HealthCheckResult.Degraded($"A directory copy is {worst.TotalSeconds:F0} s behind.", data: data)
            : HealthCheckResult.Healthy("Every directory copy is current or catching up.", data);
    }
}

public static class DirectoryHealthChecks
{
    /// <summary>Adds each directory copy's lag to the readiness check's detail (and to the lag metric).</summary>
    public static IHealthChecksBuilder AddDirectoryLag(this IHealthChecksBuilder builder, params string[] tags) =>
        builder.AddCheck<DirectoryLagHealthCheck>("directory", tags: tags);
}
