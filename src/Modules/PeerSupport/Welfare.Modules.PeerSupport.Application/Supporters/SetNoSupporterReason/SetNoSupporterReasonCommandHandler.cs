using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.PeerSupport.Application.Supporters.SetNoSupporterReason;

internal sealed class SetNoSupporterReasonCommandHandler(IPeerSupportDbContext db, PeerSupportAccess access, IAuditTrail audit)
    : IRequestHandler<SetNoSupporterReasonCommand, WorkplaceDto>
{
    private const string Action = "workplace.no-supporter-reason";

    public async Task<WorkplaceDto> Handle(SetNoSupporterReasonCommand request, CancellationToken cancellationToken)
    {
        var workplace = await db.Workplaces.SingleOrDefaultAsync(w => w.Id == request.WorkplaceId, cancellationToken);
        if (workplace is null || !await access.HeadsAsync(workplace.DepartmentCode, cancellationToken))
        {
            audit.Record(Action, "Workplace", request.WorkplaceId.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("Workplace", request.WorkplaceId.ToString());
        }

        workplace.SetNoSupporterReason(request.Reason);
        var today = access.Today;
        var current = await db.Supporters.AsNoTracking()
            .Where(s => s.WorkplaceId == workplace.Id && s.DesignatedOn <= today && (s.ReleasedOn == null || today < s.ReleasedOn)).ToListAsync(cancellationToken);
        audit.Record(Action, "Workplace", workplace.Id.ToString(), AuditOutcome.Allowed);
        return WorkplaceDto.From(workplace, current, await db.PeopleAsync(current.Select(s => s.EmployeeId), today, cancellationToken));
    }
}
