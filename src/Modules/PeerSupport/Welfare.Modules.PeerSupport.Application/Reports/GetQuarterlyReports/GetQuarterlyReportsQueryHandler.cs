using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Reports.GetQuarterlyReports;

internal sealed class GetQuarterlyReportsQueryHandler(IPeerSupportDbContext db) : IRequestHandler<GetQuarterlyReportsQuery, PagedList<QuarterlyReportDto>>
{
    public async Task<PagedList<QuarterlyReportDto>> Handle(GetQuarterlyReportsQuery request, CancellationToken cancellationToken) =>
        (await db.QuarterlyReports.AsNoTracking().Where(r => r.FiscalYear == request.FiscalYear && r.Quarter == request.Quarter)
            .OrderBy(r => r.DepartmentCode).ThenBy(r => r.Id).ToPagedListAsync(request.Paging, cancellationToken)).Map(QuarterlyReportDto.From);
}
