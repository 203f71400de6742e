using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Application.Supporters;
using Welfare.Modules.PeerSupport.Domain;
using Welfare.Modules.PeerSupport.Domain.Supporters;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.ReleaseCoordinator;

internal sealed class ReleaseCoordinatorCommandHandler(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<ReleaseCoordinatorCommand, CoordinatorChangeDto>
{
    public async Task<CoordinatorChangeDto> Handle(ReleaseCoordinatorCommand request, CancellationToken cancellationToken)
    {
        var coordinator = await db.Coordinators.SingleOrDefaultAsync(c => c.Id == request.CoordinatorId, cancellationToken)
            ?? throw new NotFoundException("CoordinatorDesignation", request.CoordinatorId.ToString());
        if (coordinator.InWelfareDivision && coordinator.ReleasedOn is null
            && !await db.Coordinators.AnyAsync(c => c.Id != coordinator.Id && c.InWelfareDivision && c.ReleasedOn == null, cancellationToken))
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.LastWelfareDivisionCoordinator);
        }

        var on = request.ReleasedOn ?? access.Today;
        coordinator.Release(on, user.Id);
        var now = clock.GetUtcNow();
        var notice = new DesignationNotice(Guid.CreateVersion7(now), NoticeForm.CoordinatorNotice, DesignationChange.Release, coordinator.Id, coordinator.EmployeeId,
            coordinator.DepartmentCode, null, on, user.Id, now);
        db.Notices.Add(notice);
        audit.Record("coordinator.release", "CoordinatorDesignation", coordinator.Id.ToString(), AuditOutcome.Allowed);
        var people = await db.PeopleAsync([coordinator.EmployeeId], on, cancellationToken);
        return new CoordinatorChangeDto(CoordinatorDto.From(coordinator, people), NoticeDto.From(notice));
    }
}
