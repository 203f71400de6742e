using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Welfare.SharedKernel.Infrastructure.Telemetry;

/// <summary>
/// Welfare's own instruments (meter <c>Welfare</c>): MediatR request durations, outbox delivery and lag,
/// import throughput. Created through <see cref="IMeterFactory"/> so each host (and each test host) has its own.
/// </summary>
public sealed class WelfareMetrics
{
    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
    private static readonly double[] LagBuckets = [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600];
    private static readonly double[] RowsPerSecondBuckets = [10, 100, 1_000, 5_000, 10_000, 25_000, 50_000, 100_000];

    private readonly ConcurrentDictionary<string, (DateTimeOffset? Oldest, long Pending)> _outboxBacklog = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, (DateTimeOffset? Oldest, long Pending)> _directoryLag = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _eventsDelivered;
    private readonly Counter<long> _deliveryFailures;
    private readonly Counter<long> _relayErrors;
    private readonly Histogram<double> _deliveryLatency;
    private readonly Counter<long> _importRows;
    private readonly Histogram<double> _importDuration;
    private readonly Histogram<double> _importThroughput;

    public WelfareMetrics(IMeterFactory meterFactory, TimeProvider clock)
    {
        _clock = clock;
        var meter = meterFactory.Create(WelfareTelemetry.MeterName);
        _requestDuration = meter.CreateHistogram<double>(
            "welfare.mediator.request.duration", "s", "Time a command or query spends in the MediatR pipeline.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _eventsDelivered = meter.CreateCounter<long>(
            "welfare.outbox.events.delivered", "{event}", "Integration events delivered to every consumer.");
        _deliveryFailures = meter.CreateCounter<long>(
            "welfare.outbox.delivery.failures", "{event}", "Deliveries that failed and will be retried with backoff.");
        _relayErrors = meter.CreateCounter<long>(
            "welfare.outbox.relay.errors", "{run}", "Relay runs that failed as a whole (for instance the database was unavailable).");
        _deliveryLatency = meter.CreateHistogram<double>(
            "welfare.outbox.delivery.latency", "s", "Time from an event's occurrence to its delivery.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LagBuckets });
        meter.CreateObservableGauge(
            "welfare.outbox.lag", ObserveLag, "s", "Age of the oldest undelivered event of a module's outbox (0 when it is empty).");
        meter.CreateObservableGauge(
            "welfare.outbox.pending", ObservePending, "{event}", "Undelivered events of a module's outbox.");
        meter.CreateObservableGauge(
            "welfare.directory.lag", () => Ages(_directoryLag), "s",
            "How far a module's copy of the directory is behind Organisation's committed changes (0 when current).");
        meter.CreateObservableGauge(
            "welfare.directory.pending", () => Counts(_directoryLag), "{event}", "Directory changes a module's copy has not applied yet.");
        _importRows = meter.CreateCounter<long>(
            "welfare.import.rows", "{row}", "Rows of imports, by outcome (accepted or rejected).");
        _importDuration = meter.CreateHistogram<double>(
            "welfare.import.duration", "s", "Duration of one import request.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _importThroughput = meter.CreateHistogram<double>(
            "welfare.import.throughput", "{row}/s", "Rows per second of one import request.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = RowsPerSecondBuckets });
    }

    internal void RequestHandled(string module, string request, string kind, string outcome, TimeSpan elapsed) =>
        _requestDuration.Record(elapsed.TotalSeconds, Tags(
            (WelfareTelemetry.ModuleTag, module), (WelfareTelemetry.RequestTag, request),
            (WelfareTelemetry.RequestKindTag, kind), (WelfareTelemetry.OutcomeTag, outcome)));

    /// <summary>A relay batch's delivered events: one counter update for the batch, each event's latency in the histogram.</summary>
    internal void EventsDelivered(string module, DateTimeOffset deliveredAt, IReadOnlyCollection<DateTimeOffset> occurredAt)
    {
        if (occurredAt.Count == 0)
        {
            return;
        }

        var tag = new KeyValuePair<string, object?>(WelfareTelemetry.ModuleTag, module);
        _eventsDelivered.Add(occurredAt.Count, tag);
        if (_deliveryLatency.Enabled)
        {
            foreach (var occurred in occurredAt)
            {
                _deliveryLatency.Record(Math.Max(0, (deliveredAt - occurred).TotalSeconds), tag);
            }
        }
    }

    internal void DeliveryFailed(string module, string errorType) =>
        _deliveryFailures.Add(1, Tags((WelfareTelemetry.ModuleTag, module), (WelfareTelemetry.ErrorTypeTag, errorType)));

    internal void RelayFailed(string module, string errorType) =>
        _relayErrors.Add(1, Tags((WelfareTelemetry.ModuleTag, module), (WelfareTelemetry.ErrorTypeTag, errorType)));

    /// <summary>
    /// The relay reports its backlog after each run; the gauge computes the age when it is read, so a relay
    /// that stopped running shows a growing lag instead of its last value.
    /// </summary>
    internal void OutboxBacklog(string module, DateTimeOffset? oldestPending, long pending) =>
        _outboxBacklog[module] = (oldestPending, pending);

    /// <summary>Recorded by the readiness check; the gauge computes the age when it is read.</summary>
    internal void DirectoryLag(string module, DateTimeOffset? oldestPending, long pending) =>
        _directoryLag[module] = (oldestPending, pending);

    internal void ImportCompleted(string module, string import, long accepted, long rejected, bool dryRun, TimeSpan elapsed)
    {
        _importRows.Add(accepted, Tags((WelfareTelemetry.ModuleTag, module), (WelfareTelemetry.ImportTag, import),
            (WelfareTelemetry.ImportOutcomeTag, "accepted"), (WelfareTelemetry.DryRunTag, dryRun)));
        _importRows.Add(rejected, Tags((WelfareTelemetry.ModuleTag, module), (WelfareTelemetry.ImportTag, import),
            (WelfareTelemetry.ImportOutcomeTag, "rejected"), (WelfareTelemetry.DryRunTag, dryRun)));
        var tags = Tags((WelfareTelemetry.ModuleTag, module), (WelfareTelemetry.ImportTag, import), (WelfareTelemetry.DryRunTag, dryRun));
        _importDuration.Record(elapsed.TotalSeconds, tags);
        if (elapsed > TimeSpan.Zero)
        {
            _importThroughput.Record((accepted + rejected) / elapsed.TotalSeconds, tags);
        }
    }

    private IEnumerable<Measurement<double>> ObserveLag()
    {
        var now = _clock.GetUtcNow();
        foreach (var (module, backlog) in _outboxBacklog)
        {
            var age = backlog.Oldest is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0;
            yield return new Measurement<double>(age, new KeyValuePair<string, object?>(WelfareTelemetry.ModuleTag, module));
        }
    }

    private IEnumerable<Measurement<long>> ObservePending()
    {
        foreach (var (module, backlog) in _outboxBacklog)
        {
            yield return new Measurement<long>(backlog.Pending, new KeyValuePair<string, object?>(WelfareTelemetry.ModuleTag, module));
        }
    }

    private static TagList Tags(params (string Key, object? Value)[] tags)
    {
        var list = new TagList();
        foreach (var (key, value) in tags)
        {
            list.Add(key, value);
        }

        return list;
    }

    private IEnumerable<Measurement<double>> Ages(ConcurrentDictionary<string, (DateTimeOffset? Oldest, long Pending)> backlog)
    {
        var now = _clock.GetUtcNow();
        return backlog.Select(b => new Measurement<double>(
            b.Value.Oldest is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0, new KeyValuePair<string, object?>(WelfareTelemetry.ModuleTag, b.Key)));
    }

    private static IEnumerable<Measurement<long>> Counts(ConcurrentDictionary<string, (DateTimeOffset? Oldest, long Pending)> backlog) =>
        backlog.Select(b => new Measurement<long>(b.Value.Pending, new KeyValuePair<string, object?>(WelfareTelemetry.ModuleTag, b.Key)));
}
