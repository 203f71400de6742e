using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Analyses;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalyses;

internal sealed class GetExcessAnalysesQueryHandler(IOvertimeDbContext db, EmployeeAccess access, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetExcessAnalysesQuery, PagedList<ExcessAnalysisDto>>
{
    public async Task<PagedList<ExcessAnalysisDto>> Handle(GetExcessAnalysesQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (request.Department is { } department)
        {
            await access.EnsureDepartmentAsync(department, today, "excess-analysis.list", "ExcessAnalysis", cancellationToken);
        }
        else if (!OvertimeAccess.RunsTheScheme(user))
        {
            audit.Record("excess-analysis.list", "ExcessAnalysis", "*", AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var query = db.ExcessAnalyses.AsNoTracking()
            .Where(a => request.Department == null || a.DepartmentCode == request.Department)
            .Where(a => request.FiscalYear == null || a.FiscalYear == request.FiscalYear)
            .Where(a => request.Status == null || a.Status == request.Status);
        if (request.Overdue is { } overdue)
        {
            query = overdue
                ? query.Where(a => a.Status != ExcessAnalysisStatus.Closed && a.DueOn < today)
                : query.Where(a => a.Status == ExcessAnalysisStatus.Closed || a.DueOn >= today);
        }

        var page = await query.OrderBy(a => a.DueOn).ThenBy(a => a.OpenedAt).ThenBy(a => a.Id).ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(a => ExcessAnalysisDto.From(a, today));
    }
}
