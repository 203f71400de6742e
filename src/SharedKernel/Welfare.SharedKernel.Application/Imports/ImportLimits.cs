namespace Welfare.SharedKernel.Application.Imports;

/// <summary>How large one upload of a bulk import may be: rows (counted while reading) and bytes (refused before reading).</summary>
public sealed class ImportLimit
{
    public int MaxRows { get; set; }

    public long MaxBytes { get; set; }
}

/// <summary>
/// The bounds of every bulk import (configuration section <c>Imports</c>, e.g. <c>Imports__Directory__MaxRows</c>).
/// A file over a bound is refused as a whole (413 for bytes, 400 for rows) and nothing of it is stored.
/// </summary>
public sealed class ImportLimits
{
    public const string Section = "Imports";

    /// <summary>Employees or departments from the personnel system (Organisation).</summary>
    public ImportLimit Directory { get; set; } = new() { MaxRows = 200_000, MaxBytes = 64L * 1024 * 1024 };

    /// <summary>Objective working-time records from an attendance system (Overtime): about 1.5 GB of NDJSON.</summary>
    public ImportLimit WorkingTime { get; set; } = new() { MaxRows = 10_000_000, MaxBytes = 2L * 1024 * 1024 * 1024 };

    /// <summary>A batch of leave records from the personnel system (ReturnToWork).</summary>
    public ImportLimit LeaveCases { get; set; } = new() { MaxRows = 10_000, MaxBytes = 4L * 1024 * 1024 };
}
