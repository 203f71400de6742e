using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.IntegrationEvents;

/// <summary>
/// Writes a change's events into its module's outbox, in the change's transaction and in the order they were
/// published: the database numbers the rows (<c>position</c>) as they are inserted, and the relay delivers by it.
/// </summary>
internal static class OutboxWriter
{
    public static List<OutboxMessage> Messages(IReadOnlyList<IIntegrationEvent> events, DateTimeOffset now) =>
        [.. events.Select(e => new OutboxMessage
        {
            Id = e.Id,
            Type = IntegrationEventSerializer.TypeName(e.GetType()),
            Payload = IntegrationEventSerializer.Serialize(e),
            OrderingKey = IntegrationEventSerializer.OrderingKey(e),
            OccurredAt = e.OccurredAt,
            NextAttemptAt = now,
        })];

    /// <summary>
    /// One statement whatever the number of rows: a bulk change (an import) can announce tens of thousands of facts,
    /// which COPY keeps cheap; fewer go in one INSERT of arrays. Not through the change tracker, which orders its
    /// inserts by key, not by the order they were added.
    /// </summary>
    public static async Task WriteAsync(ModuleDbContext db, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        if (messages.Count >= BulkCopy.Threshold)
        {
            await BulkCopy.WriteOutboxAsync(db, messages, cancellationToken);
            return;
        }

        // The schema is the module's own constant, never input; the values are parameters.
        var insert = $"""
            INSERT INTO "{db.Schema}".outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts, ordering_key)
            SELECT m.id, m.type, m.payload::jsonb, m.occurred_at, m.next_attempt_at, 0, m.ordering_key
            FROM unnest(@ids, @types, @payloads, @occurred, @next, @keys) WITH ORDINALITY AS m(id, type, payload, occurred_at, next_attempt_at, ordering_key, n)
            ORDER BY m.n
            """;
        await db.Database.ExecuteSqlRawAsync(
            insert,
            [
                new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = messages.Select(m => m.Id).ToArray() },
                new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = messages.Select(m => m.Type).ToArray() },
                new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = messages.Select(m => m.Payload).ToArray() },
                new NpgsqlParameter("occurred", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = messages.Select(m => m.OccurredAt).ToArray() },
                new NpgsqlParameter("next", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = messages.Select(m => m.NextAttemptAt).ToArray() },
                new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = messages.Select(m => m.OrderingKey).ToArray() },
            ],
            cancellationToken);
    }
}
