using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.IntegrationEvents;
using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.IntegrationTests.Probe;

/// <summary>A consumer of the Organisation module's events, as a programme module would be: it records what it received.</summary>
internal sealed class ProbeReceivedEvent
{
    public Guid Id { get; init; }

    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    public required string Key { get; init; }

    public required string Payload { get; init; }
}

internal sealed class EmployeeRegisteredIntegrationEventHandler(ProbeDbContext db) : INotificationHandler<EmployeeRegisteredIntegrationEvent>
{
    public Task Handle(EmployeeRegisteredIntegrationEvent notification, CancellationToken cancellationToken) =>
        ProbeReceiver.Receive(db, notification, notification.EmployeeId);
}

internal sealed class EmployeeChangedIntegrationEventHandler(ProbeDbContext db) : INotificationHandler<EmployeeChangedIntegrationEvent>
{
    public Task Handle(EmployeeChangedIntegrationEvent notification, CancellationToken cancellationToken) =>
        ProbeReceiver.Receive(db, notification, notification.EmployeeId);
}

internal sealed class EmployeeTransferredIntegrationEventHandler(ProbeDbContext db) : INotificationHandler<EmployeeTransferredIntegrationEvent>
{
    public Task Handle(EmployeeTransferredIntegrationEvent notification, CancellationToken cancellationToken) =>
        ProbeReceiver.Receive(db, notification, notification.EmployeeId);
}

internal sealed class EmployeeLeftIntegrationEventHandler(ProbeDbContext db) : INotificationHandler<EmployeeLeftIntegrationEvent>
{
    public Task Handle(EmployeeLeftIntegrationEvent notification, CancellationToken cancellationToken) =>
        ProbeReceiver.Receive(db, notification, notification.EmployeeId);
}

internal sealed class DepartmentChangedIntegrationEventHandler(ProbeDbContext db) : INotificationHandler<DepartmentChangedIntegrationEvent>
{
    public Task Handle(DepartmentChangedIntegrationEvent notification, CancellationToken cancellationToken) =>
        ProbeReceiver.Receive(db, notification, notification.DepartmentCode);
}

internal sealed class DepartmentHeadAssignedIntegrationEventHandler(ProbeDbContext db) : INotificationHandler<DepartmentHeadAssignedIntegrationEvent>
{
    public Task Handle(DepartmentHeadAssignedIntegrationEvent notification, CancellationToken cancellationToken) =>
        ProbeReceiver.Receive(db, notification, notification.DepartmentCode);
}

internal sealed class PhysicianOpinionIssuedIntegrationEventHandler(ProbeDbContext db)
    : INotificationHandler<Welfare.Modules.StressCheck.IntegrationEvents.PhysicianOpinionIssuedIntegrationEvent>
{
    public Task Handle(Welfare.Modules.StressCheck.IntegrationEvents.PhysicianOpinionIssuedIntegrationEvent notification, CancellationToken cancellationToken) =>
        ProbeReceiver.Receive(db, notification, notification.EmployeeId);
}

internal static class ProbeReceiver
{
    public static Task Receive(ProbeDbContext db, IIntegrationEvent e, string key)
    {
        db.Received.Add(new ProbeReceivedEvent
        {
            Id = Guid.NewGuid(),
            EventId = e.Id,
            EventType = e.GetType().Name,
            Key = key,
            Payload = System.Text.Json.JsonSerializer.Serialize(e, e.GetType(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)),
        });
        return Task.CompletedTask;
    }
}
