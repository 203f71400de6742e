namespace Welfare.SharedKernel.Infrastructure.Persistence;

/// <summary>Proof that one handler of a consumer module has applied one event; the key makes redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid EventId { get; init; }

    public required string Handler { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
