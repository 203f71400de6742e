using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.RestIntervals.GetRestIntervalFindings;

/// <summary>
/// Evenings of a department's staff in a period that the rest-interval rule speaks about: work past the
/// prohibition time (to be reported the next day, with the hours after it), the interval owed before the
/// next start and whether it was kept, the shifted schedule proposed for the next day, and any exemption.
/// With From = To = yesterday and <see cref="PastProhibitionOnly"/> this is the next-day late-work report.
/// </summary>
public sealed record GetRestIntervalFindingsQuery(string DepartmentCode, DateOnly From, DateOnly To, bool PastProhibitionOnly, PageRequest Paging)
    : IQuery<PagedList<RestIntervalFindingDto>>, IPagedQuery;

public sealed record RestIntervalFindingDto(
    string EmployeeId,
    DateOnly WorkDate,
    DateTimeOffset WorkEnded,
    bool WorkedPastProhibition,
    double HoursPastProhibition,
    bool IntervalRequired,
    DateTimeOffset? EarliestNextStart,
    DateTimeOffset? NextStart,
    bool IntervalViolated,
    TimeOnly? ProposedNextStart,
    TimeOnly? ProposedNextEnd,
    ExemptionKind? Exemption,
    string? ExemptionReason);
