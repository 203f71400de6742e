using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetDesignationReports;

internal sealed class GetDesignationReportsQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, IAuditTrail audit)
    : IRequestHandler<GetDesignationReportsQuery, PagedList<DesignationReportDto>>
{
    private const string Action = "designation-report.list";

    public async Task<PagedList<DesignationReportDto>> Handle(GetDesignationReportsQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureHeadsOrWelfareAsync(request.DepartmentCode, Action, cancellationToken);
        var reports = await db.DesignationReports.AsNoTracking().Where(r => r.DepartmentCode == request.DepartmentCode)
            .OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).ToPagedListAsync(request.Paging, cancellationToken);
        audit.Record(Action, "Department", request.DepartmentCode, AuditOutcome.Allowed);
        return reports.Map(DesignationReportDto.From);
    }
}
