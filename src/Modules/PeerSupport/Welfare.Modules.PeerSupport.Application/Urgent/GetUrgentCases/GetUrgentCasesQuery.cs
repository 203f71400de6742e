using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Urgent.GetUrgentCases;

/// <summary>
/// The alert list for coordinators and welfare officers, oldest first; <see cref="Overdue"/> true: only those without an
/// action by the deadline, false: only the others.
/// </summary>
public sealed record GetUrgentCasesQuery(bool? Overdue, PageRequest Paging) : IQuery<PagedList<UrgentCaseDto>>, IPagedQuery;
