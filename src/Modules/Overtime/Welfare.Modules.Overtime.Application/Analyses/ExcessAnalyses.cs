using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Analyses;
using Welfare.Modules.Overtime.Domain.Limits;

namespace Welfare.Modules.Overtime.Application.Analyses;

/// <summary>Opens the excess analysis of an employee, month and limit, or raises the hours of the one already open.</summary>
internal sealed class ExcessAnalyses(IOvertimeDbContext db, TimeProvider clock)
{
    public async Task<Guid> OpenOrRaiseAsync(string employeeId, string departmentCode, int fiscalYear, int year, int month, LimitStatus limit, Guid? orderId,
        int yearStartMonth, CancellationToken cancellationToken)
    {
        var existing = db.ExcessAnalyses.Local.FirstOrDefault(a => a.EmployeeId == employeeId && a.Year == year && a.Month == month && a.Limit == limit.Limit)
            ?? await db.ExcessAnalyses.SingleOrDefaultAsync(a => a.EmployeeId == employeeId && a.Year == year && a.Month == month && a.Limit == limit.Limit, cancellationToken);
        if (existing is not null)
        {
            existing.RaiseHours(limit.Hours);
            return existing.Id;
        }

        var now = clock.GetUtcNow();
        var analysis = new ExcessAnalysis(Guid.CreateVersion7(now), employeeId, departmentCode, fiscalYear, year, month, limit.Limit, limit.LimitHours, limit.Hours,
            orderId, ExcessAnalysis.DueFor(fiscalYear, yearStartMonth), now);
        db.ExcessAnalyses.Add(analysis);
        return analysis.Id;
    }
}
