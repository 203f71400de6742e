using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Reports.GetQuarterlyReports;

/// <summary>The reports submitted on a quarter, by department: the welfare division.</summary>
public sealed record GetQuarterlyReportsQuery(int FiscalYear, int Quarter) : IQuery<IReadOnlyList<QuarterlyReportDto>>;
