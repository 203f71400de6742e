using System.Diagnostics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Modules;
using Welfare.SharedKernel.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure.Telemetry;

namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

/// <summary>
/// Claims due rows of one module's outbox with <c>FOR UPDATE SKIP LOCKED</c>, one relay of the module at a
/// time across hosts (so several hosts can run side by side without delivering an event twice or out of order) and hands each event to every consumer handler,
/// each in its own scope and transaction with an inbox row, so a redelivery changes nothing and one
/// failing consumer does not undo the others.
/// </summary>
internal sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopeFactory,
    ModuleCatalog catalog,
    IEnumerable<IIntegrationEventBatchHandler> batchHandlers,
    TimeProvider clock,
    ILogger<OutboxRelay<TContext>> logger,
    WelfareMetrics metrics,
    string module,
    string schema) : IOutboxRelay
    where TContext : ModuleDbContext
{
    private const int BatchSize = 50;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    // The schema is the module's own constant, never input; the values are parameters.
    private readonly string _claimSql = $"""
        SELECT * FROM "{schema}".outbox_messages
        WHERE processed_at IS NULL AND next_attempt_at <= @now
        ORDER BY occurred_at, id
        LIMIT @batch
        FOR UPDATE SKIP LOCKED
        """;

    public string Module => module;

    public async Task<int> ProcessOnceAsync(CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        while (true)
        {
            var (claimed, succeeded) = await ProcessBatchAsync(cancellationToken);
            delivered += succeeded;
            if (claimed < BatchSize)
            {
                await ObserveBacklogAsync(cancellationToken);
                return delivered;
            }
        }
    }

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
                    new NpgsqlParameter("batch", BatchSize))
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

        var succeeded = 0;
        foreach (var row in rows)
        {
            row.Attempts++;
            try
            {
                var integrationEvent = IntegrationEventSerializer.Deserialize(row.Type, row.Payload);
                await DeliverAsync(integrationEvent, cancellationToken);
                row.ProcessedAt = clock.GetUtcNow();
                row.LastError = null;
                succeeded++;
                metrics.EventDelivered(module, row.ProcessedAt.Value - row.OccurredAt);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                row.LastError = Truncate($"{ex.GetType().Name}: {ex.Message}", 2000);
                row.NextAttemptAt = clock.GetUtcNow() + Backoff(row.Attempts);
                LogDeliveryFailed(logger, module, row.Id, row.Attempts, ex.GetType().Name);
                metrics.DeliveryFailed(module, ex.GetType().Name);
            }
        }

        activity?.SetTag("welfare.outbox.delivered", succeeded);
        if (succeeded < rows.Count)
        {
            activity?.SetStatus(ActivityStatusCode.Error);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (rows.Count, succeeded);
    }

    private async Task DeliverAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var handlerInterface = typeof(INotificationHandler<>).MakeGenericType(integrationEvent.GetType());
        Type[] handlerTypes;
        await using (var probe = scopeFactory.CreateAsyncScope())
        {
            handlerTypes = [.. probe.ServiceProvider.GetServices(handlerInterface).Select(h => h!.GetType())];
        }

        foreach (var handlerType in handlerTypes)
        {
            await DeliverToAsync(integrationEvent, handlerInterface, handlerType, cancellationToken);
        }

        foreach (var batchHandler in batchHandlers.Where(h => h.Handles(integrationEvent.GetType())))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var consumerDb = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(batchHandler.DbContextType);
            await using var transaction = await consumerDb.Database.BeginTransactionAsync(cancellationToken);
            if (await consumerDb.InboxMessages.AnyAsync(m => m.EventId == integrationEvent.Id && m.Handler == batchHandler.Name, cancellationToken))
            {
                continue;
            }

            await batchHandler.ApplyAsync(consumerDb, [integrationEvent], cancellationToken);
            consumerDb.InboxMessages.Add(new InboxMessage { EventId = integrationEvent.Id, Handler = batchHandler.Name, ProcessedAt = clock.GetUtcNow() });
            await consumerDb.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
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

    /// <summary>2, 4, 8 … seconds, capped, so a consumer that is down is not hammered.</summary>
    internal static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(attempts, 20)), MaxBackoff.TotalSeconds));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox of {Module}: event {EventId} failed on attempt {Attempts} ({Exception}); will retry")]
    private static partial void LogDeliveryFailed(ILogger logger, string module, Guid eventId, int attempts, string exception);
}
