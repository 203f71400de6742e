using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Statistics.GetStatistics;

/// <summary>The fiscal year's statistics as the MIC survey reports them (definitions: <see cref="OvertimeStatisticsDto"/>), optionally for one department.</summary>
public sealed record GetStatisticsQuery(int FiscalYear, string? Department) : IQuery<OvertimeStatisticsDto>;
