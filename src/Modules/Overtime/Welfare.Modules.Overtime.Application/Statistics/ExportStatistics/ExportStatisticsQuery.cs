using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Statistics.ExportStatistics;

/// <summary>The same statistics as CSV: UTF-8 with BOM, a header line of Japanese labels, one line of values.</summary>
public sealed record ExportStatisticsQuery(int FiscalYear, string? Department) : IQuery<byte[]>;
