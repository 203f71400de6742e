namespace Welfare.SharedKernel.Infrastructure.Persistence;

/// <summary>An integration event waiting in (or delivered from) a module's outbox.</summary>
public sealed class OutboxMessage
{
    public const int OrderingKeyMaxLength = 200;

    public Guid Id { get; init; }

    /// <summary>Order of publication, assigned by the database (identity) when the row is inserted; the relay delivers by it.</summary>
    public long Position { get; init; }

    /// <summary>The event's <c>IIntegrationEvent.OrderingKey</c>: a later row of the key is never delivered before an earlier one.</summary>
    public string? OrderingKey { get; init; }

    /// <summary>Assembly-qualified name of the event contract, without version, so a redeploy can still read old rows.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
