using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Retention.PurgeExpiredRecords;

/// <summary>
/// Deletes the records whose five-year retention has ended (seed 004 art. 16, 19, 20), or with
/// <see cref="DryRun"/> only reports them. Nothing younger is ever deleted.
/// </summary>
public sealed record PurgeExpiredRecordsCommand(bool DryRun) : ICommand<PurgeReportDto>;

public sealed record PurgeReportDto(bool DryRun, DateOnly Today, int Submissions, int Consents, int Interviews, int GroupAnalyses);
