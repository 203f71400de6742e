using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

/// <summary>A consumer that applies a run of events set-based, in one transaction of its own module's context.</summary>
public interface IIntegrationEventBatchHandler
{
    /// <summary>Stable name written to the inbox (e.g. "directory"), unique within the consumer module.</summary>
    string Name { get; }

    /// <summary>The consumer module's context; the transaction and inbox are in its schema.</summary>
    Type DbContextType { get; }

    bool Handles(Type eventType);

    /// <summary>Applies events in outbox order, none applied before; runs inside the relay's open transaction on <paramref name="db"/>.</summary>
    Task ApplyAsync(ModuleDbContext db, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken);
}
