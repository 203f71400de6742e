using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain.Reports;
using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Application.Reports.GetOverdueReports;

internal sealed class GetOverdueReportsQueryHandler(IPeerSupportDbContext db, TimeProvider clock) : IRequestHandler<GetOverdueReportsQuery, IReadOnlyList<OverdueReportDto>>
{
    public async Task<IReadOnlyList<OverdueReportDto>> Handle(GetOverdueReportsQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var months = await db.Consultations.AsNoTracking()
            .GroupBy(c => new { c.DepartmentCode, c.OpenedOn.Year, c.OpenedOn.Month })
            .Select(g => new { g.Key.DepartmentCode, g.Key.Year, g.Key.Month, Cases = g.Count() })
            .ToListAsync(cancellationToken);
        var due = months
            .GroupBy(m => (m.DepartmentCode, Quarter: FiscalQuarter.Containing(new DateOnly(m.Year, m.Month, 1))))
            .Where(g => g.Key.Quarter.DueOn < today)
            .Select(g => new OverdueReportDto(g.Key.DepartmentCode, g.Key.Quarter.FiscalYear, g.Key.Quarter.Quarter, g.Key.Quarter.DueOn, g.Sum(m => m.Cases)))
            .ToList();
        var reported = (await db.QuarterlyReports.AsNoTracking().Select(r => new { r.DepartmentCode, r.FiscalYear, r.Quarter }).ToListAsync(cancellationToken))
            .Select(r => (r.DepartmentCode, r.FiscalYear, r.Quarter)).ToHashSet();
        return due.Where(d => !reported.Contains((d.DepartmentCode, d.FiscalYear, d.Quarter)))
            .OrderBy(d => d.FiscalYear).ThenBy(d => d.Quarter).ThenBy(d => d.DepartmentCode, StringComparer.Ordinal).ToList();
    }
}
