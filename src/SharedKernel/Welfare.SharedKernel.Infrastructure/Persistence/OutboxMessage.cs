namespace Welfare.SharedKernel.Infrastructure.Persistence;

/// <summary>An integration event waiting in (or delivered from) a module's outbox.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>Assembly-qualified name of the event contract, without version, so a redeploy can still read old rows.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
