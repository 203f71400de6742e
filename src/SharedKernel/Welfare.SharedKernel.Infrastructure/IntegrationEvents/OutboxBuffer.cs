using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

/// <summary>The request-scoped list behind <see cref="IOutbox"/>; the unit of work drains it into the module's outbox table.</summary>
internal sealed class OutboxBuffer : IOutbox
{
    private readonly List<IIntegrationEvent> _events = [];

    public void Add(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        _events.Add(integrationEvent);
    }

    public IReadOnlyList<IIntegrationEvent> Drain()
    {
        var drained = _events.ToArray();
        _events.Clear();
        return drained;
    }

    public void Clear() => _events.Clear();
}
