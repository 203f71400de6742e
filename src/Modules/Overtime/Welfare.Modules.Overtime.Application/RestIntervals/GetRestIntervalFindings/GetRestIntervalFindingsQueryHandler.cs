using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.Modules.Overtime.Application.WorkingTime;
using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.RestIntervals.GetRestIntervalFindings;

internal sealed class GetRestIntervalFindingsQueryHandler(IOvertimeDbContext db, EmployeeAccess access, IOvertimeTotals totals)
    : IRequestHandler<GetRestIntervalFindingsQuery, PagedList<RestIntervalFindingDto>>
{
    public async Task<PagedList<RestIntervalFindingDto>> Handle(GetRestIntervalFindingsQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureDepartmentAsync(request.DepartmentCode, request.To, "rest-interval.list", "WorkingDay", cancellationToken);
        await totals.RefreshAsync(cancellationToken);
        var (_, rules) = await RulesInForce.OnAsync(db, request.To, cancellationToken);
        var rule = rules.RestInterval;

        // The rule speaks about an evening once work ends past a time of day (in Japan, which keeps no summer time):
        // the first evening's instant plus one day per day of the period, so the database finds and pages those evenings.
        var after = request.PastProhibitionOnly || rule.ProhibitedFrom < rule.IntervalTriggeredAfter ? rule.ProhibitedFrom : rule.IntervalTriggeredAfter;
        var firstEvening = new DateTimeOffset(request.From.ToDateTime(after), JapanTime.Offset).ToUniversalTime();
        var fromDay = request.From.DayNumber;
        var page = await db.Days.AsNoTracking()
            .Where(d => d.DepartmentCode == request.DepartmentCode && d.WorkDate >= request.From && d.WorkDate <= request.To
                && d.End > firstEvening.AddDays(d.WorkDate.DayNumber - fromDay))
            .OrderBy(d => d.WorkDate).ThenBy(d => d.EmployeeId)
            .ToPagedListAsync(request.Paging, cancellationToken);
        if (page.Items.Count == 0)
        {
            return new PagedList<RestIntervalFindingDto>([], page.Page, page.PageSize, page.TotalCount);
        }

        var employeeIds = page.Items.Select(d => d.EmployeeId).Distinct().ToList();
        var last = page.Items.Max(d => d.WorkDate);
        var nextDays = await db.Days.AsNoTracking()
            .Where(d => employeeIds.Contains(d.EmployeeId) && d.WorkDate > request.From && d.WorkDate <= last.AddDays(7))
            .Select(d => new { d.EmployeeId, d.WorkDate, d.Start }).ToListAsync(cancellationToken);
        var exemptions = await db.RestIntervalExemptions.AsNoTracking()
            .Where(e => employeeIds.Contains(e.EmployeeId) && e.WorkDate >= request.From && e.WorkDate <= last).ToListAsync(cancellationToken);

        return page.Map(day =>
        {
            var ended = day.End.ToOffset(JapanTime.Offset);
            var finding = RestIntervalCheck.Evaluate(rule, day.WorkDate, null, day.OrderedMinutes / 60.0, ended);
            var next = nextDays.Where(n => n.EmployeeId == day.EmployeeId && n.WorkDate > day.WorkDate).OrderBy(n => n.WorkDate).FirstOrDefault();
            var exemption = exemptions.FirstOrDefault(e => e.EmployeeId == day.EmployeeId && e.WorkDate == day.WorkDate);
            var prohibitedFrom = new DateTimeOffset(day.WorkDate.ToDateTime(rule.ProhibitedFrom), JapanTime.Offset);
            var violated = finding.IntervalRequired && exemption is null && next is not null && next.Start < finding.EarliestNextStart;
            return new RestIntervalFindingDto(day.EmployeeId, day.WorkDate, ended, finding.WorkedPastProhibition,
                finding.WorkedPastProhibition ? Math.Round((ended - prohibitedFrom).TotalHours, 2) : 0,
                finding.IntervalRequired, finding.EarliestNextStart, next?.Start.ToOffset(JapanTime.Offset), violated,
                finding.ProposedNextDay?.NextStart, finding.ProposedNextDay?.NextEnd, exemption?.Kind, exemption?.Reason);
        });
    }
}
