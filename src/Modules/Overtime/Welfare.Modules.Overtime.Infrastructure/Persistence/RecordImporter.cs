using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;
using Welfare.Modules.Overtime.Domain;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

/// <summary>
/// Binary COPY into a temporary staging table, then set-based checks and one INSERT … SELECT … ON
/// CONFLICT DO NOTHING, all in the unit of work's transaction: a failed upload leaves nothing behind.
/// </summary>
internal sealed class RecordImporter(OvertimeDbContext db) : IRecordImporter
{
    /// <summary>The checks below tag each rejected line in SQL; the codes the tags stand for.</summary>
    private static readonly Dictionary<string, ProblemCode> Reasons = new()
    {
        ["employee-not-in-directory"] = OvertimeProblems.EmployeeNotInDirectory,
        ["external-id-reused"] = OvertimeProblems.ExternalIdReused,
        ["record-overlaps"] = OvertimeProblems.RecordOverlaps,
    };

    /// <summary>
    /// Per statement of an upload: the merge of millions of rows runs for minutes on a small machine (5M rows:
    /// well over the default 30 s), and the request's cancellation still ends it early.
    /// </summary>
    private const int StatementTimeoutSeconds = 3600;

    public async Task<long> StageAsync(IAsyncEnumerable<StagedRecord> rows, CancellationToken cancellationToken)
    {
        db.Database.SetCommandTimeout(StatementTimeoutSeconds);
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TEMP TABLE record_staging (
                line integer NOT NULL, employee_id varchar(32) NOT NULL, source varchar(16) NOT NULL, external_id varchar(64) NOT NULL,
                work_date date NOT NULL, started_at timestamptz NOT NULL, ended_at timestamptz NOT NULL) ON COMMIT DROP;
            CREATE TEMP TABLE record_rejected (line integer NOT NULL, code text NOT NULL) ON COMMIT DROP;
            """, cancellationToken);

        long count = 0;
        await using (var importer = await BulkCopy.BeginAsync(db,
            "COPY record_staging (line, employee_id, source, external_id, work_date, started_at, ended_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(row.Line, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(row.EmployeeId, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(row.Source.ToString(), NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(row.ExternalId, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(row.WorkDate, NpgsqlDbType.Date, cancellationToken);
                await importer.WriteAsync(row.StartedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(row.EndedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
                count++;
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE record_staging", cancellationToken);
        return count;
    }

    public async Task<MergeOutcome> MergeAsync(string importedBy, DateTimeOffset importedAt, CancellationToken cancellationToken)
    {
        // Lines the database must judge. A repeated external id within the file or of a stored record is
        // a duplicate, not an overlap; a record that reuses an external id for something else is rejected.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO record_rejected (line, code)
            SELECT s.line, 'employee-not-in-directory' FROM record_staging s
            WHERE NOT EXISTS (SELECT 1 FROM overtime.directory_employees e WHERE e.employee_id = s.employee_id);

            INSERT INTO record_rejected (line, code)
            SELECT s.line, 'external-id-reused' FROM record_staging s
            JOIN overtime.working_time_records r ON r.source = s.source AND r.external_id = s.external_id
            WHERE r.employee_id <> s.employee_id OR r.started_at <> s.started_at OR r.ended_at <> s.ended_at;

            INSERT INTO record_rejected (line, code)
            SELECT DISTINCT s.line, 'record-overlaps' FROM record_staging s
            JOIN overtime.working_time_records r ON r.employee_id = s.employee_id AND r.source = s.source
                AND r.work_date IN (s.work_date, s.work_date - 1)
                AND r.started_at < s.ended_at AND s.started_at < r.ended_at AND r.external_id IS DISTINCT FROM s.external_id;

            INSERT INTO record_rejected (line, code)
            SELECT line, 'record-overlaps' FROM (
                SELECT line, started_at < max(ended_at) OVER (PARTITION BY employee_id, source ORDER BY started_at, line
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS overlapping
                FROM (SELECT DISTINCT ON (source, external_id) * FROM record_staging ORDER BY source, external_id, line) first_of_each) w
            WHERE overlapping;
            """, cancellationToken);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var rejections = new List<ImportRejection>();
        long rejected = 0;
        await using (var command = new NpgsqlCommand(
            "SELECT line, min(code) FROM record_rejected GROUP BY line ORDER BY line", connection) { CommandTimeout = StatementTimeoutSeconds })
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rejected++;
                if (rejections.Count < RecordImport.ListedLines)
                {
                    var code = Reasons[reader.GetString(1)];
                    rejections.Add(new ImportRejection(reader.GetInt32(0), code.Value, code.Text.InCurrentCulture()));
                }
            }
        }

        long candidates;
        long accepted;
        await using (var command = new NpgsqlCommand("""
            SELECT count(*) FROM record_staging s WHERE NOT EXISTS (SELECT 1 FROM record_rejected x WHERE x.line = s.line)
            """, connection) { CommandTimeout = StatementTimeoutSeconds })
        {
            candidates = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        await using (var command = new NpgsqlCommand("""
            INSERT INTO overtime.working_time_records (employee_id, source, external_id, work_date, started_at, ended_at, recorded_by, recorded_at)
            SELECT s.employee_id, s.source, s.external_id, s.work_date, s.started_at, s.ended_at, @by, @at
            FROM record_staging s
            WHERE NOT EXISTS (SELECT 1 FROM record_rejected x WHERE x.line = s.line)
            ON CONFLICT (source, external_id) WHERE external_id IS NOT NULL DO NOTHING
            """, connection) { CommandTimeout = StatementTimeoutSeconds })
        {
            command.Parameters.AddWithValue("by", importedBy);
            command.Parameters.AddWithValue("at", importedAt);
            accepted = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var duplicateLines = new List<int>();
        if (accepted < candidates)
        {
            // Stored before this upload (another transaction wrote the row), or repeated within it after its first line.
            await using var command = new NpgsqlCommand("""
                SELECT line FROM (
                    SELECT s.line, r.xmin = pg_current_xact_id()::xid AS stored_now, row_number() OVER (PARTITION BY s.source, s.external_id ORDER BY s.line) AS nth
                    FROM record_staging s
                    JOIN overtime.working_time_records r ON r.source = s.source AND r.external_id = s.external_id
                    WHERE NOT EXISTS (SELECT 1 FROM record_rejected x WHERE x.line = s.line)) d
                WHERE nth > 1 OR NOT stored_now
                ORDER BY line LIMIT @limit
                """, connection) { CommandTimeout = StatementTimeoutSeconds };
            command.Parameters.AddWithValue("limit", RecordImport.ListedLines);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                duplicateLines.Add(reader.GetInt32(0));
            }
        }

        return new MergeOutcome(accepted, candidates - accepted, duplicateLines, rejected, rejections);
    }
}
