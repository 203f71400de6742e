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
}
