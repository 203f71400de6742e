using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.WorkingTime.GetDiscrepancies;

/// <summary>
/// Days of a department in a period whose ordered or self-reported overtime and the objective record
/// diverge by more than the rule set's tolerance and have not been corrected yet (its head, the scheme's officers).
/// </summary>
public sealed record GetDiscrepanciesQuery(string DepartmentCode, DateOnly From, DateOnly To, PageRequest Paging) : IQuery<PagedList<DiscrepancyDto>>, IPagedQuery;

/// <summary><see cref="Kind"/>: "order-vs-objective" or "self-report-vs-objective"; differences in hours, objective minus the other.</summary>
public sealed record DiscrepancyDto(string EmployeeId, DateOnly WorkDate, string Kind, double ObjectiveOvertimeHours, double? OrderedHours, double? SelfReportOvertimeHours,
    double DifferenceHours);
