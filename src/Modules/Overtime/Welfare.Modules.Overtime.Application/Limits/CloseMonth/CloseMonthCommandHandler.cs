using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Analyses;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.Modules.Overtime.Domain;
using Welfare.Modules.Overtime.Domain.Evaluations;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Limits.CloseMonth;

internal sealed class CloseMonthCommandHandler(
    IOvertimeDbContext db, DirectoryFreshness freshness, LimitsCalculator calculator, ExcessAnalyses analyses, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<CloseMonthCommand, MonthCloseDto>
{
    public async Task<MonthCloseDto> Handle(CloseMonthCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        // The scheme's officers through the API (the route's policy too); the system as the scheduled month close.
        if (!user.IsSystem && !OvertimeAccess.RunsTheScheme(user))
        {
            audit.Record("month.close", "MonthClose", $"{request.Year:D4}-{request.Month:D2}", AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var monthEnd = new DateOnly(request.Year, request.Month, 1).AddMonths(1).AddDays(-1);
        if (monthEnd >= clock.Today())
        {
            throw new BusinessRuleViolationException(OvertimeProblems.MonthNotOver);
        }

        if (await db.MonthCloses.AnyAsync(c => c.Year == request.Year && c.Month == request.Month, cancellationToken))
        {
            throw new ConflictException(OvertimeProblems.MonthAlreadyClosed);
        }

        var (ruleSetId, rules) = await RulesInForce.OnAsync(db, monthEnd, cancellationToken);
        var employees = await LimitsReader.EmployeesIn(db, request.Year, request.Month, null).ToListAsync(cancellationToken);
        var evaluations = await calculator.EvaluateAsync(employees, request.Year, request.Month, rules, null, cancellationToken);
        var now = clock.GetUtcNow();
        var over = 0;
        var opened = 0;
        foreach (var employee in employees)
        {
            var evaluation = evaluations[employee.EmployeeId];
            var department = LimitsReader.LastDepartmentIn(employee, request.Year, request.Month);
            db.ClosedEvaluations.Add(new ClosedEvaluation(employee.EmployeeId, department, request.Year, request.Month,
                evaluation.Limits.First(l => l.Limit == "month").Hours, evaluation));
            if (!evaluation.AnyExceeded || department is null)
            {
                continue;
            }

            over++;
            foreach (var limit in evaluation.Limits.Where(l => l.Exceeded))
            {
                var before = db.ExcessAnalyses.Local.Count;
                await analyses.OpenOrRaiseAsync(employee.EmployeeId, department, evaluation.FiscalYear, request.Year, request.Month, limit, null, rules.YearStartMonth, cancellationToken);
                opened += db.ExcessAnalyses.Local.Count - before;
            }
        }

        var close = new MonthClose(request.Year, request.Month, ruleSetId, user.Id, now, employees.Count);
        db.MonthCloses.Add(close);
        audit.Record("month.close", "MonthClose", $"{request.Year:D4}-{request.Month:D2}", AuditOutcome.Allowed);
        return new MonthCloseDto(close.Year, close.Month, close.RuleSetId, close.ClosedBy, close.ClosedAt, close.Employees, over, opened);
    }
}
