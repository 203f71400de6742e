using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Reports.GetOverdueReports;

/// <summary>
/// Departments whose supporters had cases in a quarter, whose report is past its due day and not
/// submitted, oldest quarter first; a quarter without cases needs no report (第5 ただし書).
/// </summary>
public sealed record GetOverdueReportsQuery(PageRequest Paging) : IQuery<PagedList<OverdueReportDto>>, IPagedQuery;
