using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Limits.GetLimitsOverview;

/// <summary>
/// Every employee's limits in a month: one department (its head, or the scheme's officers) or the whole
/// organisation (the scheme's officers), filtered to those over a limit or at a warning tier. With
/// <see cref="Everything"/> (CSV export) the whole list comes in one page.
/// </summary>
public sealed record GetLimitsOverviewQuery(int Year, int Month, string? Department, bool? Exceeded, int? MinWarning, PageRequest Paging, bool Everything = false)
    : IQuery<PagedList<EmployeeLimitsDto>>, IPagedQuery;
