using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Domain.Imports;

public enum ImportKind
{
    [Label("職員", "Employees")]
    Employees,
    [Label("所属", "Departments")]
    Departments,
}

public enum ImportMode
{
    /// <summary>The file is the whole directory as of a date: what it lacks has ended.</summary>
    [Label("全件", "Full")]
    Full,

    /// <summary>The file holds only changes: what it lacks stays as it is.</summary>
    [Label("差分", "Changes only")]
    Delta,
}

/// <summary>A row the import refused, with why; the other rows still apply.</summary>
public sealed record ImportRejection(int Line, string? Key, string Code, string MessageJapanese, string MessageEnglish);

/// <summary>The record of one import from the personnel system: who sent it, when, and what it did.</summary>
public sealed class DirectoryImport
{
    public const int MaxStoredRejections = 10_000;

    public DirectoryImport(Guid id, ImportKind kind, ImportMode mode, bool dryRun, string format, DateOnly asOf, string importedBy, DateTimeOffset importedAt)
    {
        Id = id;
        Kind = kind;
        Mode = mode;
        DryRun = dryRun;
        Format = format;
        AsOf = asOf;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public Guid Id { get; private set; }

    public ImportKind Kind { get; private set; }

    public ImportMode Mode { get; private set; }

    public bool DryRun { get; private set; }

    public string Format { get; private set; }

    public DateOnly AsOf { get; private set; }

    public string ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public int TotalRows { get; set; }

    public int Inserted { get; set; }

    public int Updated { get; set; }

    public int Transferred { get; set; }

    public int Left { get; set; }

    public int Unchanged { get; set; }

    public int Rejected { get; set; }

    public List<ImportRejection> Rejections { get; private set; } = [];

    public void Reject(ImportRejection rejection)
    {
        Rejected++;
        if (Rejections.Count < MaxStoredRejections)
        {
            Rejections.Add(rejection);
        }
    }
}
