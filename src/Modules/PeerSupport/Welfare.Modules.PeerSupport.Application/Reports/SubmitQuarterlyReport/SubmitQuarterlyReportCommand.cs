using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Reports.SubmitQuarterlyReport;

/// <summary>
/// The department head reports the quarter's handling status to the welfare division (第5, Form 4): the
/// counts of consultations opened in the quarter by the department's supporters, outcomes as of now.
/// </summary>
public sealed record SubmitQuarterlyReportCommand(string DepartmentCode, int FiscalYear, int Quarter) : ICommand<QuarterlyReportDto>;
