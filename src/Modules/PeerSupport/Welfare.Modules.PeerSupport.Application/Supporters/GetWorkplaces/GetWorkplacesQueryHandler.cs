using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetWorkplaces;

internal sealed class GetWorkplacesQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, IAuditTrail audit, DirectoryFreshness freshness)
    : IRequestHandler<GetWorkplacesQuery, PagedList<WorkplaceDto>>
{
    private const string Action = "workplace.list";

    public async Task<PagedList<WorkplaceDto>> Handle(GetWorkplacesQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureHeadsOrWelfareAsync(request.DepartmentCode, Action, cancellationToken);
        var today = access.Today;
        var workplaces = await db.Workplaces.AsNoTracking().Where(w => w.DepartmentCode == request.DepartmentCode).OrderBy(w => w.Name).ThenBy(w => w.Id)
            .ToPagedListAsync(request.Paging, cancellationToken);
        var ids = workplaces.Items.Select(w => w.Id).ToList();
        var current = await db.Supporters.AsNoTracking()
            .Where(s => ids.Contains(s.WorkplaceId) && s.DesignatedOn <= today && (s.ReleasedOn == null || today < s.ReleasedOn)).ToListAsync(cancellationToken);
        var people = await db.PeopleAsync(current.Select(s => s.EmployeeId), today, cancellationToken);
        audit.Record(Action, "Department", request.DepartmentCode, AuditOutcome.Allowed);
        return workplaces.Map(w => WorkplaceDto.From(w, current, people)) with { DirectoryAsOf = await freshness.AsOfAsync(db, cancellationToken) };
    }
}
