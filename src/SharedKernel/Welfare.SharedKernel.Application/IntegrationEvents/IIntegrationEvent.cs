using MediatR;

namespace Welfare.SharedKernel.Application.IntegrationEvents;

/// <summary>
/// A fact published by one module for the others. Contracts are records with primitive fields only:
/// fields may be added, never change meaning.
/// </summary>
public interface IIntegrationEvent : INotification
{
    Guid Id { get; }

    DateTimeOffset OccurredAt { get; }

    /// <summary>
    /// The subject whose events must reach every consumer in the order they were published (e.g.
    /// <c>employee:E1001</c>, <c>department:D100</c>); null when order does not matter. A consumer never sees a later
    /// event of a key before an earlier one: a failed event holds the later events of its key back (ADR 0004).
    /// Stored in the outbox row, never in the payload: implement it explicitly
    /// (<c>string? IIntegrationEvent.OrderingKey =&gt; …</c>) so it is no field of the contract.
    /// </summary>
    string? OrderingKey => null;
}
