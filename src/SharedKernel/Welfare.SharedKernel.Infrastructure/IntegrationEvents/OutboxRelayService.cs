using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Welfare.SharedKernel.Infrastructure.Telemetry;

namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Tests turn the loop off and call the relay's process-once hook instead.</summary>
    public bool RelayEnabled { get; set; } = true;

    public const int DefaultBatchSize = 2000;

    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Rows claimed per relay transaction. A batch consumer applies a whole batch's events at once, so larger batches
    /// pay (thousands of events in one transaction); per-event handlers are unaffected by the size.
    /// </summary>
    public int BatchSize { get; set; } = DefaultBatchSize;
}

/// <summary>The background loop of one module's relay.</summary>
internal sealed partial class OutboxRelayService(
    IOutboxRelay relay,
    IOptions<OutboxOptions> options,
    WelfareMetrics metrics,
    ILogger<OutboxRelayService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RelayEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollingInterval);
        do
        {
            try
            {
                await relay.ProcessOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next tick tries again.
                LogRelayFailed(logger, relay.Module, ex.GetType().Name);
                metrics.RelayFailed(relay.Module, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay of {Module} failed ({Exception})")]
    private static partial void LogRelayFailed(ILogger logger, string module, string exception);
}
