using System.Collections.Concurrent;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Infrastructure.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.IntegrationTests.Probe;

// Ordered delivery (docs/adr/0004): the probe publishes numbered steps of synthetic employees, and two consumers
// record every application in the order they make it: a batch consumer (set-based, one transaction per run) and a
// per-event handler. Either can be told to fail on a chosen step.

/// <summary>
/// Step <c>Step</c> of employee <c>EmployeeId</c>. The ordering key is a public property here (the products' events
/// implement it explicitly), to show the outbox leaves it out of the payload either way.
/// </summary>
public sealed record ProbeStepIntegrationEvent(Guid Id, DateTimeOffset OccurredAt, string EmployeeId, int Step) : IIntegrationEvent
{
    public string? OrderingKey => $"employee:{EmployeeId}";
}

public sealed record ProbeStep(string EmployeeId, int Step);

public sealed record PublishProbeStepsCommand(IReadOnlyList<ProbeStep> Steps) : ICommand<int>;

internal sealed class PublishProbeStepsCommandHandler(IOutbox outbox, TimeProvider clock) : IRequestHandler<PublishProbeStepsCommand, int>
{
    public Task<int> Handle(PublishProbeStepsCommand request, CancellationToken cancellationToken)
    {
        foreach (var step in request.Steps)
        {
            outbox.Add(new ProbeStepIntegrationEvent(Guid.NewGuid(), clock.GetUtcNow(), step.EmployeeId, step.Step));
        }

        return Task.FromResult(request.Steps.Count);
    }
}

/// <summary>One application of a step by a consumer; <c>Id</c> (an identity) is the order the applications were made in.</summary>
internal sealed class ProbeApplication
{
    public long Id { get; init; }

    public required string Consumer { get; init; }

    public Guid EventId { get; init; }

    public required string EmployeeId { get; init; }

    public int Step { get; init; }
}

/// <summary>Which consumer fails on which step, how many more times; and the runs the batch consumer was handed.</summary>
internal sealed class ProbeStepFaults
{
    public const string Batch = "batch";
    public const string PerEvent = "per-event";

    private readonly ConcurrentDictionary<(string Consumer, string EmployeeId, int Step), int> _remaining = new();

    public ConcurrentQueue<int> BatchRuns { get; } = new();

    public void Fail(string consumer, string employeeId, int step, int times) => _remaining[(consumer, employeeId, step)] = times;

    public bool ShouldFail(string consumer, ProbeStepIntegrationEvent e)
    {
        var key = (consumer, e.EmployeeId, e.Step);
        while (_remaining.TryGetValue(key, out var left) && left > 0)
        {
            if (_remaining.TryUpdate(key, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    public void Reset()
    {
        _remaining.Clear();
        BatchRuns.Clear();
    }
}

/// <summary>The set-based consumer: records a run's steps with one INSERT, in order; a fault fails the whole run after part of it was written.</summary>
internal sealed class ProbeStepBatchHandler(ProbeStepFaults faults) : IIntegrationEventBatchHandler
{
    public string Name => "probe-steps";

    public Type DbContextType => typeof(ProbeDbContext);

    public bool Handles(Type eventType) => eventType == typeof(ProbeStepIntegrationEvent);

    public async Task ApplyAsync(ModuleDbContext db, IReadOnlyList<IIntegrationEvent> events, CancellationToken cancellationToken)
    {
        faults.BatchRuns.Enqueue(events.Count);
        var steps = events.Cast<ProbeStepIntegrationEvent>().ToList();
        var failing = steps.FindIndex(e => faults.ShouldFail(ProbeStepFaults.Batch, e));

        // What precedes the failing step is written first: the relay's rollback has to undo it.
        var applied = failing < 0 ? steps : steps[..failing];
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO probe.applications (consumer, event_id, employee_id, step)
            SELECT @consumer, a.event_id, a.employee_id, a.step
            FROM unnest(@ids, @employees, @steps) WITH ORDINALITY AS a(event_id, employee_id, step, n)
            ORDER BY a.n
            """,
            [
                new NpgsqlParameter("consumer", ProbeStepFaults.Batch),
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = applied.Select(e => e.Id).ToArray() },
                new NpgsqlParameter("employees", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = applied.Select(e => e.EmployeeId).ToArray() },
                new NpgsqlParameter("steps", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = applied.Select(e => e.Step).ToArray() },
            ],
            cancellationToken);
        if (failing >= 0)
        {
            throw new InvalidOperationException($"batch consumer is down at {steps[failing].EmployeeId} step {steps[failing].Step}");
        }
    }
}

/// <summary>The per-event consumer of the same steps.</summary>
internal sealed class ProbeStepIntegrationEventHandler(ProbeDbContext db, ProbeStepFaults faults) : INotificationHandler<ProbeStepIntegrationEvent>
{
    public Task Handle(ProbeStepIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (faults.ShouldFail(ProbeStepFaults.PerEvent, notification))
        {
            throw new InvalidOperationException($"per-event consumer is down at {notification.EmployeeId} step {notification.Step}");
        }

        db.Applications.Add(new ProbeApplication
        {
            Consumer = ProbeStepFaults.PerEvent,
            EventId = notification.Id,
            EmployeeId = notification.EmployeeId,
            Step = notification.Step,
        });
        return Task.CompletedTask;
    }
}
