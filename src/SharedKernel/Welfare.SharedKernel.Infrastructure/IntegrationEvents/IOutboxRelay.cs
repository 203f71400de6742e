namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

/// <summary>Delivers one module's outbox. Tests call <see cref="ProcessOnceAsync"/> instead of waiting for the background loop.</summary>
public interface IOutboxRelay
{
    string Module { get; }

    /// <summary>Delivers every due event once; returns how many were delivered.</summary>
    Task<int> ProcessOnceAsync(CancellationToken cancellationToken = default);
}
