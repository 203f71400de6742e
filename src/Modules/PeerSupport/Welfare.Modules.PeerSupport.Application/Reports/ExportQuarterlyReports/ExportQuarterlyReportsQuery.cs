using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Reports.ExportQuarterlyReports;

/// <summary>CSV of a quarter's reports for the welfare division (UTF-8 with BOM, headers in the caller's language), one row per department.</summary>
public sealed record ExportQuarterlyReportsQuery(int FiscalYear, int Quarter) : IQuery<byte[]>;
