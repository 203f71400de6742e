using Welfare.Modules.Overtime.Domain.WorkingTime;

namespace Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;

/// <summary>A row that passed the checks a single line can make, on its way to the staging table.</summary>
internal readonly record struct StagedRecord(int Line, string EmployeeId, RecordSource Source, string ExternalId, DateOnly WorkDate, DateTimeOffset StartedAt, DateTimeOffset EndedAt);

internal sealed record MergeOutcome(long Accepted, long Duplicates, IReadOnlyList<int> DuplicateLines, long Rejected, IReadOnlyList<ImportRejection> Rejections);

/// <summary>
/// Stages rows by binary COPY and merges them in the unit of work's transaction: the checks that need
/// the database (employee in the directory, overlaps, a reused external id) reject lines, the rest are
/// inserted once (ON CONFLICT DO NOTHING on source and external id).
/// </summary>
internal interface IRecordImporter
{
    Task<long> StageAsync(IAsyncEnumerable<StagedRecord> rows, CancellationToken cancellationToken);

    Task<MergeOutcome> MergeAsync(string importedBy, DateTimeOffset importedAt, CancellationToken cancellationToken);
}
