using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Imports;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;

public enum RecordImportFormat
{
    /// <summary>application/x-ndjson: one JSON object per line.</summary>
    [Label("NDJSON形式", "NDJSON")]
    Ndjson,

    /// <summary>text/csv: UTF-8, header line.</summary>
    [Label("CSV形式", "CSV")]
    Csv,
}

/// <summary>
/// Objective records from an attendance system, streamed: good rows are stored, duplicates (same source
/// and external id) are counted, bad rows are rejected with their line and reason; one transaction.
/// </summary>
public sealed record ImportRecordsCommand(RecordImportFormat Format, Stream Body) : ICommand<RecordImportDto>;

public sealed record RecordImportDto(Guid Id, string ImportedBy, DateTimeOffset ImportedAt, string Format, long Rows, long Accepted, long Duplicates, long Rejected,
    IReadOnlyList<int> DuplicateLines, IReadOnlyList<ImportRejection> Rejections) : IImportOutcome
{
    /// <summary>A duplicate is a row already stored: resending it is accepted, not an error.</summary>
    long IImportOutcome.AcceptedRows => Accepted + Duplicates;

    long IImportOutcome.RejectedRows => Rejected;

    bool IImportOutcome.DryRun => false;

    public static RecordImportDto From(RecordImport i) =>
        new(i.Id, i.ImportedBy, i.ImportedAt, i.Format, i.Rows, i.Accepted, i.Duplicates, i.Rejected, i.DuplicateLines, i.Rejections);
}
