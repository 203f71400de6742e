using System.Collections.Concurrent;
using System.Diagnostics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using OpenTelemetry;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure.Telemetry;

namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

/// <summary>
/// Claims due rows of one module's outbox with <c>FOR UPDATE SKIP LOCKED</c>, one relay of the module at a time
/// across hosts, in publication order (<c>position</c>), and delivers them (ADR 0004):
/// <list type="bullet">
/// <item>to each batch consumer (<see cref="IIntegrationEventBatchHandler"/>) the run of its events, in one transaction
/// of its module with one inbox lookup and one inbox insert; if the run fails, one event at a time, so the failing
/// event is isolated;</item>
/// <item>to each per-event handler (<see cref="INotificationHandler{TNotification}"/>) each event in its own scope and
/// transaction with an inbox row.</item>
/// </list>
/// A redelivery changes nothing (the inbox), one failing consumer does not undo the others, and a failed event holds
/// the later events of its ordering key back until it is delivered: no consumer sees them out of order.
/// </summary>
internal sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopeFactory,
    ModuleCatalog catalog,
    TimeProvider clock,
    ILogger<OutboxRelay<TContext>> logger,
    WelfareMetrics metrics,
    string module,
    string schema,
    int batchSize = OutboxOptions.DefaultBatchSize) : IOutboxRelay
    where TContext : ModuleDbContext
{
    private const int MaxErrorLength = 2000;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    // The schema is the module's own constant, never input; the values are parameters.
    // A row of a key is not handed out while an earlier row of its key waits for a retry (it would overtake it); an
    // earlier row that is due is claimed before it (by position) in the same batch, so a run of one key's rows can be
    // delivered at once. One relay per module claims at a time (the advisory lock), so no earlier row is locked by another.
    private readonly string _claimSql = $"""
        SELECT o.* FROM "{schema}".outbox_messages AS o
        WHERE o.processed_at IS NULL AND o.next_attempt_at <= @now
          AND (o.ordering_key IS NULL OR NOT EXISTS (
                SELECT 1 FROM "{schema}".outbox_messages AS w
                WHERE w.processed_at IS NULL AND w.ordering_key IS NOT NULL AND w.ordering_key = o.ordering_key
                  AND w.position < o.position AND w.next_attempt_at > @now))
        ORDER BY o.position
        LIMIT @batch
        FOR UPDATE OF o SKIP LOCKED
        """;

    private readonly string _deliveredSql = $"""
        UPDATE "{schema}".outbox_messages
        SET processed_at = @now, attempts = attempts + 1, last_error = NULL
        WHERE id = ANY(@ids)
        """;

    private readonly string _pendingSql = $"""
        UPDATE "{schema}".outbox_messages AS o
        SET attempts = o.attempts + f.attempted, last_error = f.error, next_attempt_at = GREATEST(o.next_attempt_at, f.next_attempt_at)
        FROM unnest(@ids, @attempted, @errors, @next) AS f(id, attempted, error, next_attempt_at)
        WHERE o.id = f.id
        """;

    private readonly ConcurrentDictionary<Type, Type[]> _handlerTypes = new();
    private IReadOnlyList<BatchConsumer>? _batchConsumers;

    public string Module => module;

    public async Task<int> ProcessOnceAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        while (true)
        {
            var (claimed, succeeded) = await ProcessBatchAsync(cancellationToken);
            delivered += succeeded;
            if (claimed < batchSize)
            {
                await ObserveBacklogAsync(cancellationToken);
                return delivered;
            }
        }
    }

    /// <summary>2, 4, 8 … seconds, capped, so a consumer that is down is not hammered.</summary>
    internal static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(attempts, 20)), MaxBackoff.TotalSeconds));

    /// <summary>Feeds the lag gauge: the oldest undelivered event (due or waiting for a retry) and how many wait.</summary>
    private async Task ObserveBacklogAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();

        // An idle poll every few seconds per module would bury the traces that matter.
        using var quiet = SuppressInstrumentationScope.Begin();
        var backlog = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null)
            .GroupBy(_ => 1)
            .Select(g => new { Oldest = g.Min(m => m.OccurredAt), Count = g.LongCount() })
            .FirstOrDefaultAsync(cancellationToken);
        metrics.OutboxBacklog(module, backlog?.Oldest, backlog?.Count ?? 0);
    }

    private async Task<(int Claimed, int Succeeded)> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The claim runs untraced: most polls find nothing, and their spans would bury the ones that matter.
        // A run that claims events is traced from the delivery on.
        List<OutboxMessage> rows;
        using (SuppressInstrumentationScope.Begin())
        {
            // One relay per module delivers at a time across hosts: two batches delivered at once let a later event
            // of an employee overtake an earlier one, and race on the same read-model rows (docs/scaling.md).
            if (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock(hashtext('welfare.outbox'), hashtext({schema})) AS \"Value\"")
                    .SingleAsync(cancellationToken))
            {
                return (0, 0);
            }

            rows = await db.OutboxMessages
                .FromSqlRaw(
                    _claimSql,
                    new NpgsqlParameter("now", now),
                    new NpgsqlParameter("batch", batchSize))
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                await transaction.CommitAsync(cancellationToken);
                return (0, 0);
            }
        }

        using var activity = WelfareTelemetry.Outbox.StartActivity($"outbox relay {module}", ActivityKind.Internal);
        activity?.SetTag(WelfareTelemetry.ModuleTag, module);
        activity?.SetTag("welfare.outbox.claimed", rows.Count);

        var run = new DeliveryRun(rows);
        foreach (var claimed in run.Rows)
        {
            try
            {
                claimed.Event = IntegrationEventSerializer.Deserialize(claimed.Row.Type, claimed.Row.Payload);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(run, claimed, ex);
            }
        }

        foreach (var consumer in await BatchConsumersAsync(cancellationToken))
        {
            await DeliverToBatchConsumerAsync(run, consumer, cancellationToken);
        }

        foreach (var claimed in run.Rows)
        {
            if (claimed.Event is not { } integrationEvent || run.IsHeld(claimed))
            {
                continue;
            }

            try
            {
                await DeliverAsync(integrationEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(run, claimed, ex);
            }
        }

        var deliveredAt = clock.GetUtcNow();
        var delivered = await StoreOutcomeAsync(db, run, deliveredAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        metrics.EventsDelivered(module, deliveredAt, delivered);
        activity?.SetTag("welfare.outbox.delivered", delivered.Count);
        if (delivered.Count < rows.Count)
        {
            activity?.SetTag("welfare.outbox.failed", run.FailedCount);
            activity?.SetTag("welfare.outbox.held_back", rows.Count - delivered.Count - run.FailedCount);
            activity?.SetStatus(ActivityStatusCode.Error);
        }

        return (rows.Count, delivered.Count);
    }

    /// <summary>
    /// One set-based UPDATE marks every delivered row; one more (rarely needed) records the failed rows' attempt and
    /// error and keeps the rows held back behind them pending, due no earlier than the row that holds them.
    /// </summary>
    private async Task<List<DateTimeOffset>> StoreOutcomeAsync(TContext db, DeliveryRun run, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var delivered = run.Rows.Where(r => !run.IsHeld(r)).ToList();
        if (delivered.Count > 0)
        {
            await db.Database.ExecuteSqlRawAsync(
                _deliveredSql,
                [
                    new NpgsqlParameter("now", now),
                    new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = delivered.Select(r => r.Row.Id).ToArray() },
                ],
                cancellationToken);
        }

        var pending = run.Rows.Where(run.IsHeld).ToList();
        if (pending.Count > 0)
        {
            var ids = new Guid[pending.Count];
            var attempted = new int[pending.Count];
            var errors = new string[pending.Count];
            var next = new DateTimeOffset[pending.Count];
            for (var i = 0; i < pending.Count; i++)
            {
                var row = pending[i];
                ids[i] = row.Row.Id;
                if (row.Failure is { } failure)
                {
                    attempted[i] = 1;
                    errors[i] = Truncate($"{failure.GetType().Name}: {failure.Message}", MaxErrorLength);
                    next[i] = row.NextAttemptAt!.Value;
                }
                else
                {
                    var holder = run.HolderOf(row);
                    errors[i] = $"Held back behind event {holder.Row.Id} of ordering key {row.Row.OrderingKey}, which failed.";
                    next[i] = holder.NextAttemptAt!.Value;
                }
            }

            await db.Database.ExecuteSqlRawAsync(
                _pendingSql,
                [
                    new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids },
                    new NpgsqlParameter("attempted", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = attempted },
                    new NpgsqlParameter("errors", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = errors },
                    new NpgsqlParameter("next", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = next },
                ],
                cancellationToken);
        }

        return [.. delivered.Select(r => r.Row.OccurredAt)];
    }

    private void Failed(DeliveryRun run, ClaimedRow claimed, Exception failure)
    {
        var attempts = claimed.Row.Attempts + 1;
        if (run.Fail(claimed, failure, clock.GetUtcNow() + Backoff(attempts)))
        {
            LogDeliveryFailed(logger, module, claimed.Row.Id, attempts, failure.GetType().Name);
            metrics.DeliveryFailed(module, failure.GetType().Name);
        }
    }

    /// <summary>
    /// The run of the batch's events this consumer applies (those not held back so far), in one transaction of its
    /// module: one inbox lookup, one call, one inbox insert. When that fails, the same events one at a time, each in its
    /// own transaction, so only the failing event (and the later events of its key) stay pending.
    /// </summary>
    private async Task DeliverToBatchConsumerAsync(DeliveryRun run, BatchConsumer consumer, CancellationToken cancellationToken)
    {
        var offered = run.Rows.Where(r => r.Event is not null && consumer.Handles(r.Event.GetType()) && !run.IsHeld(r)).ToList();
        if (offered.Count == 0)
        {
            return;
        }

        using var activity = WelfareTelemetry.Outbox.StartActivity($"deliver batch {consumer.Name}", ActivityKind.Consumer);
        activity?.SetTag(WelfareTelemetry.ModuleTag, module);
        activity?.SetTag(WelfareTelemetry.ConsumerModuleTag, consumer.Module);
        activity?.SetTag("welfare.handler", consumer.Name);
        activity?.SetTag("welfare.outbox.offered", offered.Count);

        List<ClaimedRow> toApply;
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(consumer.DbContextType);
            var handler = (IIntegrationEventBatchHandler)scope.ServiceProvider.GetRequiredService(consumer.HandlerType);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            var inboxSql = $"SELECT event_id AS \"Value\" FROM \"{db.Schema}\".inbox_messages WHERE handler = @handler AND event_id = ANY(@ids)";
            var applied = (await db.Database
                .SqlQueryRaw<Guid>(
                    inboxSql,
                    new NpgsqlParameter("handler", consumer.Name),
                    new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = offered.Select(r => r.Row.Id).ToArray() })
                .ToListAsync(cancellationToken)).ToHashSet();
            toApply = [.. offered.Where(r => !applied.Contains(r.Row.Id))];
            activity?.SetTag("welfare.outbox.applied", toApply.Count);
            if (toApply.Count == 0)
            {
                return;
            }

            try
            {
                await ApplyAsync(db, handler, consumer, toApply, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                LogBatchFailed(logger, module, consumer.Name, toApply.Count, ex.GetType().Name);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not even the inbox could be read (the database is away): every offered event failed for now.
            foreach (var row in offered)
            {
                Failed(run, row, ex);
            }

            activity?.SetStatus(ActivityStatusCode.Error);
            return;
        }

        activity?.SetTag("welfare.outbox.one_by_one", true);
        activity?.SetStatus(ActivityStatusCode.Error);
        foreach (var row in toApply)
        {
            if (run.IsHeld(row))
            {
                continue;
            }

            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(consumer.DbContextType);
                var handler = (IIntegrationEventBatchHandler)scope.ServiceProvider.GetRequiredService(consumer.HandlerType);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await ApplyAsync(db, handler, consumer, [row], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(run, row, ex);
            }
        }
    }

    /// <summary>The consumer's effect (and what it left in the change tracker), then the run's inbox rows in one statement.</summary>
    private async Task ApplyAsync(ModuleDbContext db, IIntegrationEventBatchHandler handler, BatchConsumer consumer, List<ClaimedRow> rows, CancellationToken cancellationToken)
    {
        await handler.ApplyAsync(db, [.. rows.Select(r => r.Event!)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var inboxSql = $"""
            INSERT INTO "{db.Schema}".inbox_messages (event_id, handler, processed_at)
            SELECT unnest(@ids), @handler, @now
            ON CONFLICT DO NOTHING
            """;
        await db.Database.ExecuteSqlRawAsync(
            inboxSql,
            [
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = rows.Select(r => r.Row.Id).ToArray() },
                new NpgsqlParameter("handler", consumer.Name),
                new NpgsqlParameter("now", clock.GetUtcNow()),
            ],
            cancellationToken);
    }

    /// <summary>The registered batch consumers, read once (registrations do not change after the host is built).</summary>
    private async Task<IReadOnlyList<BatchConsumer>> BatchConsumersAsync(CancellationToken cancellationToken)
    {
        if (_batchConsumers is { } known)
        {
            return known;
        }

        await using var probe = scopeFactory.CreateAsyncScope();
        var consumers = new List<BatchConsumer>();
        foreach (var handler in probe.ServiceProvider.GetServices<IIntegrationEventBatchHandler>())
        {
            var consumerModule = catalog.Modules.FirstOrDefault(m => m.DbContextType == handler.DbContextType)
                ?? throw new InvalidOperationException($"Batch consumer {handler.Name}: {handler.DbContextType.Name} is no registered module's context.");
            if (consumers.Any(c => c.DbContextType == handler.DbContextType && c.Name == handler.Name))
            {
                throw new InvalidOperationException($"Two batch consumers of {consumerModule.Name} are named '{handler.Name}'; the inbox tells them apart by name.");
            }

            consumers.Add(new BatchConsumer(handler.GetType(), handler.Name, handler.DbContextType, consumerModule.Name, handler.Handles));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return _batchConsumers = consumers;
    }

    private async Task DeliverAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var handlerInterface = typeof(INotificationHandler<>).MakeGenericType(integrationEvent.GetType());
        if (!_handlerTypes.TryGetValue(integrationEvent.GetType(), out var handlerTypes))
        {
            await using var probe = scopeFactory.CreateAsyncScope();
            handlerTypes = [.. probe.ServiceProvider.GetServices(handlerInterface).Select(h => h!.GetType())];
            _handlerTypes.TryAdd(integrationEvent.GetType(), handlerTypes);
        }

        foreach (var handlerType in handlerTypes)
        {
            await DeliverToAsync(integrationEvent, handlerInterface, handlerType, cancellationToken);
        }
    }

    private async Task DeliverToAsync(IIntegrationEvent integrationEvent, Type handlerInterface, Type handlerType, CancellationToken cancellationToken)
    {
        var consumer = catalog.ForType(handlerType);
        var handlerName = handlerType.FullName!;
        using var activity = WelfareTelemetry.Outbox.StartActivity($"deliver {integrationEvent.GetType().Name}", ActivityKind.Consumer);
        activity?.SetTag(WelfareTelemetry.ModuleTag, module);
        activity?.SetTag(WelfareTelemetry.ConsumerModuleTag, consumer.Name);
        activity?.SetTag(WelfareTelemetry.EventTypeTag, integrationEvent.GetType().Name);
        activity?.SetTag("welfare.handler", handlerType.Name);
        await using var scope = scopeFactory.CreateAsyncScope();
        var consumerDb = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(consumer.DbContextType);
        await using var transaction = await consumerDb.Database.BeginTransactionAsync(cancellationToken);

        var alreadyApplied = await consumerDb.InboxMessages
            .AnyAsync(m => m.EventId == integrationEvent.Id && m.Handler == handlerName, cancellationToken);
        if (alreadyApplied)
        {
            return;
        }

        var handler = scope.ServiceProvider.GetServices(handlerInterface).First(h => h!.GetType() == handlerType)!;
        var handle = handlerInterface.GetMethod(nameof(INotificationHandler<IIntegrationEvent>.Handle))!;
        await (Task)handle.Invoke(handler, [integrationEvent, cancellationToken])!;

        consumerDb.InboxMessages.Add(new InboxMessage
        {
            EventId = integrationEvent.Id,
            Handler = handlerName,
            ProcessedAt = clock.GetUtcNow(),
        });
        await consumerDb.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox of {Module}: event {EventId} failed on attempt {Attempts} ({Exception}); will retry")]
    private static partial void LogDeliveryFailed(ILogger logger, string module, Guid eventId, int attempts, string exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox of {Module}: batch consumer {Consumer} failed on a run of {Count} events ({Exception}); applying them one at a time")]
    private static partial void LogBatchFailed(ILogger logger, string module, string consumer, int count, string exception);

    private sealed record BatchConsumer(Type HandlerType, string Name, Type DbContextType, string Module, Func<Type, bool> HandlesType)
    {
        private readonly ConcurrentDictionary<Type, bool> _handles = new();

        public bool Handles(Type eventType) => _handles.GetOrAdd(eventType, HandlesType);
    }

    private sealed class ClaimedRow(OutboxMessage row)
    {
        public OutboxMessage Row { get; } = row;

        public IIntegrationEvent? Event { get; set; }

        /// <summary>Why the row failed (the first consumer's failure), if it did.</summary>
        public Exception? Failure { get; set; }

        public DateTimeOffset? NextAttemptAt { get; set; }
    }

    /// <summary>A claimed batch, in position order, and which of its rows failed or are held back behind a failed row of their key.</summary>
    private sealed class DeliveryRun(List<OutboxMessage> rows)
    {
        /// <summary>Per ordering key, the first row of the batch that failed: it holds back the key's later rows.</summary>
        private readonly Dictionary<string, ClaimedRow> _holders = new(StringComparer.Ordinal);

        public IReadOnlyList<ClaimedRow> Rows { get; } = [.. rows.Select(r => new ClaimedRow(r))];

        public int FailedCount { get; private set; }

        /// <summary>Not to be offered to any more consumers: it failed, or an earlier row of its key did.</summary>
        public bool IsHeld(ClaimedRow row) =>
            row.Failure is not null
            || (row.Row.OrderingKey is { } key && _holders.TryGetValue(key, out var holder) && holder.Row.Position < row.Row.Position);

        public ClaimedRow HolderOf(ClaimedRow row) => _holders[row.Row.OrderingKey!];

        /// <summary>Records the row's failure; false when it had already failed for an earlier consumer.</summary>
        public bool Fail(ClaimedRow row, Exception failure, DateTimeOffset nextAttemptAt)
        {
            if (row.Failure is not null)
            {
                return false;
            }

            row.Failure = failure;
            row.NextAttemptAt = nextAttemptAt;
            FailedCount++;
            if (row.Row.OrderingKey is { } key && (!_holders.TryGetValue(key, out var holder) || row.Row.Position < holder.Row.Position))
            {
                _holders[key] = row;
            }

            return true;
        }
    }
}
