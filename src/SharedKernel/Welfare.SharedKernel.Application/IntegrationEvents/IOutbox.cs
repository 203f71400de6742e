namespace Welfare.SharedKernel.Application.IntegrationEvents;

/// <summary>
/// Where a handler puts the integration events of its change. The unit of work stores them in the
/// module's outbox table in the same transaction as the change, so an event exists exactly when the
/// change does.
/// </summary>
public interface IOutbox
{
    void Add(IIntegrationEvent integrationEvent);
}
