using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Welfare.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// Npgsql binary COPY on the context's own connection and transaction, for bulk paths where row-by-row
/// inserts through the change tracker would dominate (imports of tens of thousands of rows).
/// </summary>
public static class BulkCopy
{
    /// <summary>Below this many rows the change tracker is fast enough and simpler.</summary>
    public const int Threshold = 500;

    public static async Task<NpgsqlBinaryImporter> BeginAsync(DbContext db, string copyCommand, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Bulk copy runs inside the unit of work's transaction.");
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return await connection.BeginBinaryImportAsync(copyCommand, cancellationToken);
    }

    /// <summary>
    /// Writes outbox rows by COPY (same transaction as the change they announce). The database numbers them
    /// (<c>position</c>, an identity) in the order they are written.
    /// </summary>
    internal static async Task WriteOutboxAsync(ModuleDbContext db, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        await using var importer = await BeginAsync(db,
            $"COPY \"{db.Schema}\".outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts, ordering_key) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var message in messages)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(message.Id, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(message.Type, NpgsqlDbType.Varchar, cancellationToken);
            await importer.WriteAsync(message.Payload, NpgsqlDbType.Jsonb, cancellationToken);
            await importer.WriteAsync(message.OccurredAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(message.NextAttemptAt, NpgsqlDbType.TimestampTz, cancellationToken);
            await importer.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            if (message.OrderingKey is null)
            {
                await importer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await importer.WriteAsync(message.OrderingKey, NpgsqlDbType.Varchar, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
