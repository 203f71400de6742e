using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain.Reports;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Reports.GetOverdueReports;

internal sealed class GetOverdueReportsQueryHandler(IPeerSupportDbContext db, TimeProvider clock) : IRequestHandler<GetOverdueReportsQuery, PagedList<OverdueReportDto>>
{
    public async Task<PagedList<OverdueReportDto>> Handle(GetOverdueReportsQuery request, CancellationToken cancellationToken)
    {
        // Due days follow the quarters in order, so the quarters past their due day are those up to the latest one.
        var today = clock.Today();
        var latest = FiscalQuarter.Containing(today);
        while (latest.DueOn >= today)
        {
            latest = FiscalQuarter.Containing(latest.Start.AddDays(-1));
        }

        var lastDay = latest.End;
        var page = await db.Consultations.AsNoTracking()
            .Where(c => c.OpenedOn <= lastDay)
            .Select(c => new
            {
                c.DepartmentCode,
                FiscalYear = c.OpenedOn.Month >= 4 ? c.OpenedOn.Year : c.OpenedOn.Year - 1,
                Quarter = c.OpenedOn.Month >= 4 ? ((c.OpenedOn.Month - 4) / 3) + 1 : 4,
            })
            .GroupBy(c => new { c.DepartmentCode, c.FiscalYear, c.Quarter })
            .Select(g => new { g.Key.DepartmentCode, g.Key.FiscalYear, g.Key.Quarter, Cases = g.Count() })
            .Where(q => !db.QuarterlyReports.Any(r => r.DepartmentCode == q.DepartmentCode && r.FiscalYear == q.FiscalYear && r.Quarter == q.Quarter))
            .OrderBy(q => q.FiscalYear).ThenBy(q => q.Quarter).ThenBy(q => q.DepartmentCode)
            .ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(q => new OverdueReportDto(q.DepartmentCode, q.FiscalYear, q.Quarter, new FiscalQuarter(q.FiscalYear, q.Quarter).DueOn, q.Cases));
    }
}
