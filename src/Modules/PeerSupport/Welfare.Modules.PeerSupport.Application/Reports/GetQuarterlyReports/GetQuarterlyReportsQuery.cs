using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Reports.GetQuarterlyReports;

/// <summary>The reports submitted on a quarter, by department: the welfare division.</summary>
public sealed record GetQuarterlyReportsQuery(int FiscalYear, int Quarter, PageRequest Paging) : IQuery<PagedList<QuarterlyReportDto>>, IPagedQuery;
