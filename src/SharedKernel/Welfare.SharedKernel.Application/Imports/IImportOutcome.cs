namespace Welfare.SharedKernel.Application.Imports;

/// <summary>
/// What an import's report tells the operators' metrics: row counts only. Implemented explicitly by the
/// report DTOs, so the counts stay out of the JSON contract and no row content can reach a metric.
/// </summary>
public interface IImportOutcome
{
    /// <summary>Rows stored, updated or recognised as already stored.</summary>
    long AcceptedRows { get; }

    long RejectedRows { get; }

    bool DryRun { get; }
}
