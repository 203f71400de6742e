namespace Welfare.Modules.Overtime.Domain.WorkingTime;

/// <summary>A rejected line of an import and why (no record content, which may be personal).</summary>
public sealed record ImportRejection(int Line, string Code, string Reason);

/// <summary>
/// One upload of objective records by an attendance system: what was accepted, what was already there
/// and which lines were rejected with why. Kept so the sending system can reconcile later.
/// </summary>
public sealed class RecordImport(Guid id, string importedBy, DateTimeOffset importedAt, string format)
{
    /// <summary>Rejected and duplicate lines are listed up to this many; the counts are always complete.</summary>
    public const int ListedLines = 1000;

    public Guid Id { get; private set; } = id;

    public string ImportedBy { get; private set; } = importedBy;

    public DateTimeOffset ImportedAt { get; private set; } = importedAt;

    public string Format { get; private set; } = format;

    public long Rows { get; private set; }

    public long Accepted { get; private set; }

    public long Duplicates { get; private set; }

    public long Rejected { get; private set; }

    public List<int> DuplicateLines { get; private set; } = [];

    public List<ImportRejection> Rejections { get; private set; } = [];

    public void Complete(long rows, long accepted, long duplicates, IEnumerable<int> duplicateLines, long rejected, IEnumerable<ImportRejection> rejections)
    {
        Rows = rows;
        Accepted = accepted;
        Duplicates = duplicates;
        Rejected = rejected;
        DuplicateLines = [.. duplicateLines.Order().Take(ListedLines)];
        Rejections = [.. rejections.OrderBy(r => r.Line).Take(ListedLines)];
    }
}
