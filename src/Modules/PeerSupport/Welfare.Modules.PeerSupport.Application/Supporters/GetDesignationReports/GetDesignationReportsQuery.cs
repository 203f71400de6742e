using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetDesignationReports;

/// <summary>A department's Form 3 reports, newest first: its head and welfare officers.</summary>
public sealed record GetDesignationReportsQuery(string DepartmentCode, PageRequest Paging) : IQuery<PagedList<DesignationReportDto>>, IPagedQuery;
