using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.WorkingTime;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Overtime.Domain.Limits;
using Welfare.Modules.Overtime.Domain.Rules;

namespace Welfare.Modules.Overtime.Application.Limits;

/// <summary>
/// Feeds the limits engine from the monthly totals: each employee's months from the start of the
/// fiscal year (or six months back, for the rolling averages) to the month evaluated, a month without
/// records counting 0 h, each with the department kind in force on its days (a month touched by an
/// other-driven assignment is governed by the other-driven limits).
/// </summary>
internal sealed class LimitsCalculator(IOvertimeDbContext db, IOvertimeTotals totals)
{
    public async Task<Dictionary<string, LimitsEvaluation>> EvaluateAsync(
        IReadOnlyCollection<DirectoryEmployee> employees, int year, int month, OvertimeRules rules, IReadOnlyDictionary<string, double>? projectedHours,
        CancellationToken cancellationToken)
    {
        await totals.RefreshAsync(cancellationToken);
        var target = (year * 12) + month - 1;
        var fiscalYear = LimitsEngine.FiscalYearOf(year, month, rules.YearStartMonth);
        var first = Math.Min((fiscalYear * 12) + rules.YearStartMonth - 1, target - OvertimeRules.LongestRollingWindow + 1);

        var ids = employees.Select(e => e.EmployeeId).ToList();
        var query = db.Months.AsNoTracking().Where(m => (m.Year * 12) + m.Month - 1 >= first && (m.Year * 12) + m.Month - 1 <= target);
        var months = employees.Count <= 1000
            ? await query.Where(m => ids.Contains(m.EmployeeId)).Select(m => new { m.EmployeeId, m.Year, m.Month, m.OvertimeMinutes }).ToListAsync(cancellationToken)
            : await query.Select(m => new { m.EmployeeId, m.Year, m.Month, m.OvertimeMinutes }).ToListAsync(cancellationToken);
        var hours = months.ToDictionary(m => (m.EmployeeId, (m.Year * 12) + m.Month - 1), m => m.OvertimeMinutes / 60.0);
        var designations = await db.Designations.AsNoTracking().ToListAsync(cancellationToken);
        var designated = designations.GroupBy(d => d.DepartmentCode).ToDictionary(g => g.Key, g => g.ToList());

        var results = new Dictionary<string, LimitsEvaluation>(employees.Count);
        var history = new List<MonthOvertime>(target - first + 1);
        foreach (var employee in employees)
        {
            history.Clear();
            for (var index = first; index <= target; index++)
            {
                var (y, m) = (index / 12, (index % 12) + 1);
                var h = index == target && projectedHours?.GetValueOrDefault(employee.EmployeeId) is { } projected
                    ? projected
                    : Math.Round(hours.GetValueOrDefault((employee.EmployeeId, index)), 2);
                history.Add(new MonthOvertime(y, m, h, KindOf(employee, y, m, designated)));
            }

            results[employee.EmployeeId] = LimitsEngine.Evaluate(history, year, month, rules);
        }

        return results;
    }

    public static DepartmentKind KindOf(DirectoryEmployee employee, int year, int month, IReadOnlyDictionary<string, List<OtherDrivenDesignation>> designated)
    {
        if (designated.Count == 0)
        {
            return DepartmentKind.Standard;
        }

        var monthStart = new DateOnly(year, month, 1);
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        foreach (var assignment in employee.Assignments)
        {
            if (!designated.TryGetValue(assignment.DepartmentCode, out var periods))
            {
                continue;
            }

            var from = assignment.From > monthStart ? assignment.From : monthStart;
            var to = assignment.To is { } t && t < monthEnd ? t : monthEnd;
            if (from <= to && periods.Any(p => p.Overlaps(from, to)))
            {
                return DepartmentKind.OtherDriven;
            }
        }

        return DepartmentKind.Standard;
    }
}
