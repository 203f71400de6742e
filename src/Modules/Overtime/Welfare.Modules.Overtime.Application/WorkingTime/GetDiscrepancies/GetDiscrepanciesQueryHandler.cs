using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.Modules.Overtime.Domain.WorkingTime;

namespace Welfare.Modules.Overtime.Application.WorkingTime.GetDiscrepancies;

internal sealed class GetDiscrepanciesQueryHandler(IOvertimeDbContext db, EmployeeAccess access, IOvertimeTotals totals)
    : IRequestHandler<GetDiscrepanciesQuery, IReadOnlyList<DiscrepancyDto>>
{
    public async Task<IReadOnlyList<DiscrepancyDto>> Handle(GetDiscrepanciesQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureDepartmentAsync(request.DepartmentCode, request.To, "discrepancy.list", "WorkingDay", cancellationToken);
        await totals.RefreshAsync(cancellationToken);
        var (_, rules) = await RulesInForce.OnAsync(db, request.To, cancellationToken);
        var tolerance = rules.DiscrepancyToleranceMinutes;
        var days = await db.Days.AsNoTracking()
            .Where(d => d.DepartmentCode == request.DepartmentCode && d.WorkDate >= request.From && d.WorkDate <= request.To
                && d.Basis != DayBasis.Corrected && d.ObjectiveOvertimeMinutes != null)
            .OrderBy(d => d.WorkDate).ThenBy(d => d.EmployeeId).ToListAsync(cancellationToken);

        var found = new List<DiscrepancyDto>();
        foreach (var day in days)
        {
            var objective = day.ObjectiveOvertimeMinutes!.Value;
            if (Math.Abs(objective - day.OrderedMinutes) > tolerance)
            {
                found.Add(new DiscrepancyDto(day.EmployeeId, day.WorkDate, "order-vs-objective", WorkingDayDto.Hours(objective), WorkingDayDto.Hours(day.OrderedMinutes),
                    WorkingDayDto.Hours(day.SelfReportOvertimeMinutes), WorkingDayDto.Hours(objective - day.OrderedMinutes)));
            }

            if (day.SelfReportOvertimeMinutes is { } reported && Math.Abs(objective - reported) > tolerance)
            {
                found.Add(new DiscrepancyDto(day.EmployeeId, day.WorkDate, "self-report-vs-objective", WorkingDayDto.Hours(objective), WorkingDayDto.Hours(day.OrderedMinutes),
                    WorkingDayDto.Hours(reported), WorkingDayDto.Hours(objective - reported)));
            }
        }

        return found;
    }
}
