using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetWorkplaces;

internal sealed class GetWorkplacesQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, IAuditTrail audit)
    : IRequestHandler<GetWorkplacesQuery, IReadOnlyList<WorkplaceDto>>
{
    private const string Action = "workplace.list";

    public async Task<IReadOnlyList<WorkplaceDto>> Handle(GetWorkplacesQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureHeadsOrWelfareAsync(request.DepartmentCode, Action, cancellationToken);
        var today = access.Today;
        var workplaces = await db.Workplaces.AsNoTracking().Where(w => w.DepartmentCode == request.DepartmentCode).OrderBy(w => w.Name).ToListAsync(cancellationToken);
        var current = await db.Supporters.AsNoTracking()
            .Where(s => s.DepartmentCode == request.DepartmentCode && s.DesignatedOn <= today && (s.ReleasedOn == null || today < s.ReleasedOn)).ToListAsync(cancellationToken);
        audit.Record(Action, "Department", request.DepartmentCode, AuditOutcome.Allowed);
        return workplaces.Select(w => WorkplaceDto.From(w, current)).ToList();
    }
}
