using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Analyses;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Overtime.Application.Limits;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.Modules.Overtime.Domain;
using Welfare.Modules.Overtime.Domain.Limits;
using Welfare.Modules.Overtime.Domain.Orders;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Orders.GiveOvertimeOrder;

internal sealed class GiveOvertimeOrderCommandHandler(
    IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, LimitsCalculator calculator, ExcessAnalyses analyses, TimeProvider clock)
    : IRequestHandler<GiveOvertimeOrderCommand, OvertimeOrderDto>
{
    public async Task<OvertimeOrderDto> Handle(GiveOvertimeOrderCommand request, CancellationToken cancellationToken)
    {
        var employee = await db.EmployeeAsync(request.EmployeeId, cancellationToken);
        var department = employee?.DepartmentOn(request.WorkDate);
        if (department is null || !await db.HeadsAsync(user, department, request.WorkDate, cancellationToken))
        {
            audit.Record("order.give", "OvertimeOrder", request.EmployeeId, AuditOutcome.Denied);
            throw new NotFoundException("Employee", request.EmployeeId);
        }

        var (_, rules) = await RulesInForce.OnAsync(db, request.WorkDate, cancellationToken);
        var today = clock.Today();
        if (request.WorkDate < today.AddDays(-rules.OrderBackdateDays))
        {
            throw new BusinessRuleViolationException(OvertimeProblems.OrderTooLate, new LocalizedText(
                $"命令は事前に行うもので、記録できるのは {rules.OrderBackdateDays} 日前までです。",
                $"Orders are given in advance and can be recorded at most {rules.OrderBackdateDays} days late."));
        }

        var sameDay = await db.Orders.Where(o => o.EmployeeId == request.EmployeeId && o.WorkDate == request.WorkDate && o.CancelledAt == null).ToListAsync(cancellationToken);
        if (sameDay.Any(o => o.Overlaps(request.PlannedStart, request.PlannedEnd)))
        {
            throw new ConflictException(OvertimeProblems.OrderOverlaps);
        }

        var special = request.SpecialBusiness is not null;
        var rest = rules.RestInterval;
        if (request.PlannedEnd > rest.ProhibitedFrom && !special)
        {
            throw new BusinessRuleViolationException(OvertimeProblems.OrderPastProhibition, new LocalizedText(
                $"{rest.ProhibitedFrom:HH\\:mm} 以降の勤務は原則禁止です(特例業務を除く)。", $"Work after {rest.ProhibitedFrom:HH\\:mm} is prohibited except for special business."));
        }

        var now = clock.GetUtcNow();
        var order = new OvertimeOrder(Guid.CreateVersion7(now), request.EmployeeId, department, request.WorkDate, request.PlannedStart, request.PlannedEnd,
            request.Reason, request.SpecialBusiness, user.Id, now);
        var warnings = new List<string>();
        if (request.PlannedEnd > rest.OrderCutoff)
        {
            warnings.Add("ordered-past-cutoff");
        }

        if ((sameDay.Sum(o => o.PlannedMinutes) + order.PlannedMinutes) / 60.0 > rest.MaxOrderedHoursPerDay)
        {
            warnings.Add("ordered-too-long");
        }

        // The month as it would stand: actual hours so far, plus orders for days not worked yet, plus this one.
        var (year, month) = (request.WorkDate.Year, request.WorkDate.Month);
        var monthStart = new DateOnly(year, month, 1);
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        var evaluation = (await calculator.EvaluateAsync([employee!], year, month, rules, null, cancellationToken))[employee!.EmployeeId];
        var workedDays = await db.Days.AsNoTracking().Where(d => d.EmployeeId == employee.EmployeeId && d.WorkDate >= monthStart && d.WorkDate <= monthEnd)
            .Select(d => d.WorkDate).ToListAsync(cancellationToken);
        var pendingMinutes = (await db.Orders.AsNoTracking()
            .Where(o => o.EmployeeId == employee.EmployeeId && o.WorkDate >= monthStart && o.WorkDate <= monthEnd && o.CancelledAt == null && !workedDays.Contains(o.WorkDate))
            .ToListAsync(cancellationToken)).Sum(o => o.PlannedMinutes);
        var projected = Math.Round(evaluation.Limits.First(l => l.Limit == "month").Hours + ((pendingMinutes + order.PlannedMinutes) / 60.0), 2);
        var projectedEvaluation = (await calculator.EvaluateAsync([employee], year, month, rules,
            new Dictionary<string, double> { [employee.EmployeeId] = projected }, cancellationToken))[employee.EmployeeId];

        var beyond = projectedEvaluation.Limits.Where(l => l.Exceeded).ToList();
        var cap = await db.PersonalCaps.AsNoTracking()
            .Where(c => c.EmployeeId == employee.EmployeeId && c.From <= request.WorkDate && (c.To == null || c.To >= request.WorkDate))
            .OrderBy(c => c.MonthlyHours).FirstOrDefaultAsync(cancellationToken);
        if (cap is not null && projected > cap.MonthlyHours)
        {
            beyond.Add(new LimitStatus("personal-cap", projected, cap.MonthlyHours, Domain.Rules.LimitComparison.AtMost, true, Math.Round(cap.MonthlyHours - projected, 2), null));
        }

        if (beyond.Count > 0 && !special)
        {
            throw new BusinessRuleViolationException(OvertimeProblems.OrderBeyondLimit, new LocalizedText(
                $"この命令で上限を超えます({string.Join(", ", beyond.Select(b => b.Limit))})。特例業務の場合のみ命令できます。",
                $"The order goes beyond {string.Join(", ", beyond.Select(b => b.Limit))}; only special business may be ordered beyond a limit."));
        }

        db.Orders.Add(order);
        var opened = new List<Guid>();
        foreach (var limit in beyond)
        {
            opened.Add(await analyses.OpenOrRaiseAsync(employee.EmployeeId, department, projectedEvaluation.FiscalYear, year, month, limit, order.Id, rules.YearStartMonth, cancellationToken));
        }

        audit.Record("order.give", "OvertimeOrder", order.Id.ToString(), AuditOutcome.Allowed);
        return OvertimeOrderDto.From(order, warnings, opened);
    }
}
