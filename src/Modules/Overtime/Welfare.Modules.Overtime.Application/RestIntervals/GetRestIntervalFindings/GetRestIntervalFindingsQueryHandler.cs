using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.Modules.Overtime.Application.WorkingTime;
using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Application.RestIntervals.GetRestIntervalFindings;

internal sealed class GetRestIntervalFindingsQueryHandler(IOvertimeDbContext db, EmployeeAccess access, IOvertimeTotals totals)
    : IRequestHandler<GetRestIntervalFindingsQuery, IReadOnlyList<RestIntervalFindingDto>>
{
    public async Task<IReadOnlyList<RestIntervalFindingDto>> Handle(GetRestIntervalFindingsQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureDepartmentAsync(request.DepartmentCode, request.To, "rest-interval.list", "WorkingDay", cancellationToken);
        await totals.RefreshAsync(cancellationToken);
        var (_, rules) = await RulesInForce.OnAsync(db, request.To, cancellationToken);
        var rule = rules.RestInterval;

        var evenings = await db.Days.AsNoTracking()
            .Where(d => d.DepartmentCode == request.DepartmentCode && d.WorkDate >= request.From && d.WorkDate <= request.To)
            .ToListAsync(cancellationToken);
        var late = evenings.Select(d => (Day: d, Finding: RestIntervalCheck.Evaluate(rule, d.WorkDate, null, d.OrderedMinutes / 60.0, d.End.ToOffset(JapanTime.Offset))))
            .Where(x => x.Finding.WorkedPastProhibition || x.Finding.IntervalRequired)
            .ToList();
        if (late.Count == 0)
        {
            return [];
        }

        var employeeIds = late.Select(x => x.Day.EmployeeId).Distinct().ToList();
        var nextDays = await db.Days.AsNoTracking()
            .Where(d => employeeIds.Contains(d.EmployeeId) && d.WorkDate > request.From && d.WorkDate <= request.To.AddDays(7))
            .Select(d => new { d.EmployeeId, d.WorkDate, d.Start }).ToListAsync(cancellationToken);
        var exemptions = await db.RestIntervalExemptions.AsNoTracking()
            .Where(e => employeeIds.Contains(e.EmployeeId) && e.WorkDate >= request.From && e.WorkDate <= request.To).ToListAsync(cancellationToken);

        return [.. late.OrderBy(x => x.Day.WorkDate).ThenBy(x => x.Day.EmployeeId, StringComparer.Ordinal).Select(x =>
        {
            var (day, finding) = x;
            var next = nextDays.Where(n => n.EmployeeId == day.EmployeeId && n.WorkDate > day.WorkDate).OrderBy(n => n.WorkDate).FirstOrDefault();
            var exemption = exemptions.FirstOrDefault(e => e.EmployeeId == day.EmployeeId && e.WorkDate == day.WorkDate);
            var ended = day.End.ToOffset(JapanTime.Offset);
            var prohibitedFrom = new DateTimeOffset(day.WorkDate.ToDateTime(rule.ProhibitedFrom), JapanTime.Offset);
            var violated = finding.IntervalRequired && exemption is null && next is not null && next.Start < finding.EarliestNextStart;
            return new RestIntervalFindingDto(day.EmployeeId, day.WorkDate, ended, finding.WorkedPastProhibition,
                finding.WorkedPastProhibition ? Math.Round((ended - prohibitedFrom).TotalHours, 2) : 0,
                finding.IntervalRequired, finding.EarliestNextStart, next?.Start.ToOffset(JapanTime.Offset), violated,
                finding.ProposedNextDay?.NextStart, finding.ProposedNextDay?.NextEnd, exemption?.Kind, exemption?.Reason);
        })];
    }
}
