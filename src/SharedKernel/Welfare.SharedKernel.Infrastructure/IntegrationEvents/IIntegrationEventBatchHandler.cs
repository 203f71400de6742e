using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

/// <summary>
/// A consumer that applies a run of events set-based, in one transaction of its own module's context (ADR 0004).
/// Register it with <c>services.AddIntegrationEventBatchHandler&lt;T&gt;()</c>.
/// </summary>
public interface IIntegrationEventBatchHandler
{
    /// <summary>Stable name written to the inbox (e.g. "directory"), unique within the consumer module.</summary>
    string Name { get; }

    /// <summary>The consumer module's DbContext type (a ModuleDbContext); the transaction and inbox are in its schema.</summary>
    Type DbContextType { get; }

    /// <summary>The event types it applies; the relay gives it only these.</summary>
    bool Handles(Type eventType);

    /// <summary>
    /// Applies events in outbox order. None of them was applied before (the relay filtered them with the inbox).
    /// Runs inside the relay's open transaction on <paramref name="db"/>; must not commit; may use raw SQL / Npgsql on
    /// db's connection. Throwing rolls the run back; the relay then applies the events one at a time to isolate
    /// the failing one, so <paramref name="events"/> may hold a single event.
    /// </summary>
    Task ApplyAsync(ModuleDbContext db, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken);
}
