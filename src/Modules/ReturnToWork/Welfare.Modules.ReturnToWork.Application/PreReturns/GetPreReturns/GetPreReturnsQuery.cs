using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetPreReturns;

/// <summary>
/// The cases the caller has a part in (physicians, welfare officers and the director: all; department
/// heads: their departments'; support officers: theirs; employees: their own), newest first, optionally by status.
/// </summary>
public sealed record GetPreReturnsQuery(PreReturnStatus? Status, bool? InterviewOverdue, PageRequest Paging) : IQuery<PagedList<PreReturnSummaryDto>>, IPagedQuery;
