using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel.Application.Imports;

namespace Welfare.Modules.Organisation.Application.Imports;

/// <summary>What an import did (or, in a dry run, would do).</summary>
public sealed record ImportReportDto(
    Guid Id,
    ImportKind Kind,
    ImportMode Mode,
    bool DryRun,
    string Format,
    DateOnly AsOf,
    string ImportedBy,
    DateTimeOffset ImportedAt,
    int TotalRows,
    int Inserted,
    int Updated,
    int Transferred,
    int Left,
    int Unchanged,
    int Rejected,
    IReadOnlyList<ImportRejectionDto> Rejections,
    IReadOnlyList<ImportChangeDto>? Changes) : IImportOutcome
{
    long IImportOutcome.AcceptedRows => TotalRows - Rejected;

    long IImportOutcome.RejectedRows => Rejected;

    public static ImportReportDto From(DirectoryImport import, IReadOnlyList<ImportChangeDto>? changes = null) => new(
        import.Id, import.Kind, import.Mode, import.DryRun, import.Format, import.AsOf, import.ImportedBy, import.ImportedAt,
        import.TotalRows, import.Inserted, import.Updated, import.Transferred, import.Left, import.Unchanged, import.Rejected,
        [.. import.Rejections.Select(r => new ImportRejectionDto(r.Line, r.Key, r.Code,
            System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? r.MessageEnglish : r.MessageJapanese))],
        changes);
}

/// <summary>A refused row: its line (CSV) or position (JSON, from 1), its key, why.</summary>
public sealed record ImportRejectionDto(int Line, string? Key, string Code, string Message);

/// <summary>One change a dry run found (listed for dry runs only, at most <see cref="Limit"/>).</summary>
public sealed record ImportChangeDto(int Line, string Key, string Change, IReadOnlyList<string> Fields)
{
    public const int Limit = 1000;
}
