using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Interviews.GetMyInterviews;

/// <summary>The caller's own cases, newest month first: their hours for health purposes, the tier, the status and the opinion.</summary>
public sealed record GetMyInterviewsQuery(PageRequest Paging) : IQuery<PagedList<LongHoursInterviewDto>>, IPagedQuery;
