using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Interviews.GetInterviews;

/// <summary>
/// Long-hours interview cases, filtered and paged, newest month first: every case for welfare officers;
/// the cases scheduled with them for a physician; their department's cases (status and work measures
/// only) for a department head. Others may not list cases (403).
/// </summary>
public sealed record GetInterviewsQuery(LongHoursInterviewStatus? Status, int? Year, int? Month, string? Department, PageRequest Paging)
    : IQuery<PagedList<LongHoursInterviewDto>>, IPagedQuery;
