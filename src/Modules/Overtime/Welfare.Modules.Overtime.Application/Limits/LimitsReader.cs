using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Rules;
using Welfare.SharedKernel.Application.Directory;

namespace Welfare.Modules.Overtime.Application.Limits;

/// <summary>A month's evaluations: as kept when the month was closed, otherwise computed now under the rules in force at its end.</summary>
internal sealed class LimitsReader(IOvertimeDbContext db, LimitsCalculator calculator)
{
    public async Task<List<EmployeeLimitsDto>> ReadAsync(IReadOnlyCollection<DirectoryEmployee> employees, int year, int month, CancellationToken cancellationToken)
    {
        var monthEnd = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var results = new List<EmployeeLimitsDto>(employees.Count);
        var open = employees;
        if (await db.MonthCloses.AsNoTracking().AnyAsync(c => c.Year == year && c.Month == month, cancellationToken))
        {
            var ids = employees.Select(e => e.EmployeeId).ToList();
            var closed = employees.Count <= 1000
                ? await db.ClosedEvaluations.AsNoTracking().Where(c => c.Year == year && c.Month == month && ids.Contains(c.EmployeeId)).ToListAsync(cancellationToken)
                : await db.ClosedEvaluations.AsNoTracking().Where(c => c.Year == year && c.Month == month).ToListAsync(cancellationToken);
            var kept = closed.ToDictionary(c => c.EmployeeId);
            results.AddRange(employees.Where(e => kept.ContainsKey(e.EmployeeId))
                .Select(e => EmployeeLimitsDto.From(e.EmployeeId, kept[e.EmployeeId].DepartmentCode, kept[e.EmployeeId].Evaluation, closed: true)));

            // Someone who entered the directory after the close is evaluated now.
            open = [.. employees.Where(e => !kept.ContainsKey(e.EmployeeId))];
        }

        if (open.Count > 0)
        {
            var (_, rules) = await RulesInForce.OnAsync(db, monthEnd, cancellationToken);
            var evaluations = await calculator.EvaluateAsync(open, year, month, rules, null, cancellationToken);
            results.AddRange(open.Select(e => EmployeeLimitsDto.From(e.EmployeeId, LastDepartmentIn(e, year, month), evaluations[e.EmployeeId], closed: false)));
        }

        results.Sort((a, b) => string.CompareOrdinal(a.EmployeeId, b.EmployeeId));
        return results;
    }

    /// <summary>The department the employee belonged to last within the month.</summary>
    public static string? LastDepartmentIn(DirectoryEmployee employee, int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        return employee.Assignments.Where(a => a.From <= end && (a.To is null || a.To >= start)).OrderBy(a => a.From).LastOrDefault()?.DepartmentCode;
    }

    /// <summary>Employees in the directory at some time in the month, optionally only those of one department then.</summary>
    public static IOrderedQueryable<DirectoryEmployee> EmployeesIn(IOvertimeDbContext db, int year, int month, string? departmentCode)
    {
        var start = new DateOnly(year, month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        return db.DirectoryEmployees.AsNoTracking().Include(e => e.Assignments)
            .Where(e => e.Assignments.Any(a => a.From <= end && (a.To == null || a.To >= start) && (departmentCode == null || a.DepartmentCode == departmentCode)))
            .OrderBy(e => e.EmployeeId);
    }
}
