using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.WorkingTime.GetDiscrepancies;

internal sealed class GetDiscrepanciesQueryHandler(IOvertimeDbContext db, EmployeeAccess access, IOvertimeTotals totals)
    : IRequestHandler<GetDiscrepanciesQuery, PagedList<DiscrepancyDto>>
{
    private const int OrderVsObjective = 0;
    private const int SelfReportVsObjective = 1;

    public async Task<PagedList<DiscrepancyDto>> Handle(GetDiscrepanciesQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureDepartmentAsync(request.DepartmentCode, request.To, "discrepancy.list", "WorkingDay", cancellationToken);
        await totals.RefreshAsync(cancellationToken);
        var (_, rules) = await RulesInForce.OnAsync(db, request.To, cancellationToken);
        var tolerance = rules.DiscrepancyToleranceMinutes;
        var days = db.Days.AsNoTracking()
            .Where(d => d.DepartmentCode == request.DepartmentCode && d.WorkDate >= request.From && d.WorkDate <= request.To
                && d.Basis != DayBasis.Corrected && d.ObjectiveOvertimeMinutes != null);

        // A day can diverge both from its order and from the self-report: one row each, paged together in the database.
        var fromOrder = days.Where(d => Math.Abs(d.ObjectiveOvertimeMinutes!.Value - d.OrderedMinutes) > tolerance)
            .Select(d => new { d.EmployeeId, d.WorkDate, Kind = OrderVsObjective, Objective = d.ObjectiveOvertimeMinutes!.Value, d.OrderedMinutes, d.SelfReportOvertimeMinutes, Other = d.OrderedMinutes });
        var fromSelfReport = days.Where(d => d.SelfReportOvertimeMinutes != null && Math.Abs(d.ObjectiveOvertimeMinutes!.Value - d.SelfReportOvertimeMinutes!.Value) > tolerance)
            .Select(d => new { d.EmployeeId, d.WorkDate, Kind = SelfReportVsObjective, Objective = d.ObjectiveOvertimeMinutes!.Value, d.OrderedMinutes, d.SelfReportOvertimeMinutes, Other = d.SelfReportOvertimeMinutes!.Value });
        var page = await fromOrder.Concat(fromSelfReport)
            .OrderBy(r => r.WorkDate).ThenBy(r => r.EmployeeId).ThenBy(r => r.Kind)
            .ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(r => new DiscrepancyDto(r.EmployeeId, r.WorkDate, r.Kind == OrderVsObjective ? "order-vs-objective" : "self-report-vs-objective",
            WorkingDayDto.Hours(r.Objective), WorkingDayDto.Hours(r.OrderedMinutes), WorkingDayDto.Hours(r.SelfReportOvertimeMinutes), WorkingDayDto.Hours(r.Objective - r.Other)));
    }
}
