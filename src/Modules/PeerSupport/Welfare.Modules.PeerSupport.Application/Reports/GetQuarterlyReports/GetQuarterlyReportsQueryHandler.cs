using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Welfare.Modules.PeerSupport.Application.Reports.GetQuarterlyReports;

internal sealed class GetQuarterlyReportsQueryHandler(IPeerSupportDbContext db) : IRequestHandler<GetQuarterlyReportsQuery, IReadOnlyList<QuarterlyReportDto>>
{
    public async Task<IReadOnlyList<QuarterlyReportDto>> Handle(GetQuarterlyReportsQuery request, CancellationToken cancellationToken) =>
        (await db.QuarterlyReports.AsNoTracking().Where(r => r.FiscalYear == request.FiscalYear && r.Quarter == request.Quarter)
            .OrderBy(r => r.DepartmentCode).ToListAsync(cancellationToken)).Select(QuarterlyReportDto.From).ToList();
}
