using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.Modules.Overtime.Application.WorkingTime;
using Welfare.Modules.Overtime.Domain;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Interviews.EvaluateMonth;

internal sealed class EvaluateMonthCommandHandler(IOvertimeDbContext db, DirectoryFreshness freshness, IOvertimeTotals totals, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<EvaluateMonthCommand, InterviewEvaluationDto>
{
    private const string Action = "overtime.interview.evaluate";

    public async Task<InterviewEvaluationDto> Handle(EvaluateMonthCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        var period = $"{request.Year:0000}-{request.Month:00}";
        // The scheme's officers through the API; the system as the scheduled monthly evaluation.
        if (!user.IsSystem && !OvertimeAccess.RunsTheScheme(user))
        {
            audit.Record(Action, "InterviewEvaluation", period, AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var first = new DateOnly(request.Year, request.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var (_, rules) = await RulesInForce.OnAsync(db, last.AddDays(1), cancellationToken);
        var referenceDate = LongHoursInterview.ReferenceDate(rules.Interview, request.Year, request.Month);
        if (clock.Today() < referenceDate)
        {
            throw new BusinessRuleViolationException(OvertimeProblems.EvaluationTooEarly, new LocalizedText(
                $"{period} の評価は基準日 {referenceDate:yyyy-MM-dd} 以降に行います。", $"{period} is evaluated on or after its reference day {referenceDate:yyyy-MM-dd}."));
        }

        await totals.RefreshAsync(cancellationToken);
        var windowStart = first.AddMonths(-(OvertimeRules.LongestRollingWindow - 1));
        var employees = await db.DirectoryEmployees.AsNoTracking().Include(e => e.Assignments)
            .Where(e => e.Assignments.Any(a => a.From <= last && (a.To == null || a.To >= first)))
            .ToListAsync(cancellationToken);
        var fromKey = (windowStart.Year * 12) + windowStart.Month;
        var toKey = (request.Year * 12) + request.Month;
        var months = (await db.Months.AsNoTracking().Where(m => (m.Year * 12) + m.Month >= fromKey && (m.Year * 12) + m.Month <= toKey).ToListAsync(cancellationToken))
            .ToDictionary(m => (m.EmployeeId, m.Year, m.Month), m => m.WorkedMinutes);
        var opened = (await db.LongHoursInterviews.AsNoTracking().Where(i => i.Year == request.Year && i.Month == request.Month)
            .Select(i => i.EmployeeId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        // The exemption looks back one month from the reference date: the cases of this month and the two before hold every such interview.
        var exemptFrom = toKey - 2;
        var exempted = (await db.LongHoursInterviews.AsNoTracking()
                .Where(i => i.Status == LongHoursInterviewStatus.Held && (i.Year * 12) + i.Month >= exemptFrom && (i.Year * 12) + i.Month <= toKey)
                .ToListAsync(cancellationToken))
            .Where(i => LongHoursInterview.Exempts(i.Opinion, referenceDate)).Select(i => i.EmployeeId).ToHashSet(StringComparer.Ordinal);

        var now = clock.GetUtcNow();
        var today = clock.Today();
        int newCases = 0, mandatory = 0, onRequest = 0, exempt = 0, already = 0;
        foreach (var employee in employees)
        {
            var hours = HealthHours(employee, first, months);
            var result = LongHoursEligibility.Evaluate(rules.Interview, hours, exempted.Contains(employee.EmployeeId));
            if (result.Tier is null)
            {
                continue;
            }

            if (opened.Contains(employee.EmployeeId))
            {
                already++;
                continue;
            }

            var isMandatory = rules.Interview.Tiers.First(t => t.Name == result.Tier).Mandatory;
            var department = employee.Assignments.Where(a => Overlaps(a, first, last)).OrderBy(a => a.From).ThenBy(a => a.Id).Last().DepartmentCode;
            db.LongHoursInterviews.Add(LongHoursInterview.Open(Guid.CreateVersion7(now), employee.EmployeeId, department, request.Year, request.Month,
                result, isMandatory, now, today));
            newCases++;
            if (result.Exempt)
            {
                exempt++;
            }
            else if (isMandatory)
            {
                mandatory++;
            }
            else
            {
                onRequest++;
            }
        }

        audit.Record(Action, "InterviewEvaluation", period, AuditOutcome.Allowed);
        return new InterviewEvaluationDto(request.Year, request.Month, referenceDate, employees.Count, newCases, mandatory, onRequest, exempt, already);
    }

    /// <summary>
    /// This month's health overtime, then the months before it (newest first) for as long as the employee
    /// was in the directory, up to the longest window; a month without records counts as 0 h.
    /// </summary>
    private static List<double> HealthHours(DirectoryEmployee employee, DateOnly first, Dictionary<(string, int, int), int> months)
    {
        var hours = new List<double>();
        for (var i = 0; i < OvertimeRules.LongestRollingWindow; i++)
        {
            var start = first.AddMonths(-i);
            var end = start.AddMonths(1).AddDays(-1);
            if (i > 0 && !employee.Assignments.Any(a => Overlaps(a, start, end)))
            {
                break;
            }

            var worked = months.GetValueOrDefault((employee.EmployeeId, start.Year, start.Month));
            hours.Add(LongHoursEligibility.HealthOvertimeHours(worked / 60.0, start.Year, start.Month));
        }

        return hours;
    }

    private static bool Overlaps(DirectoryAssignment a, DateOnly first, DateOnly last) => a.From <= last && (a.To is null || a.To >= first);
}
