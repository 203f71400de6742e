using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Application.Supporters;
using Welfare.Modules.PeerSupport.Domain;
using Welfare.Modules.PeerSupport.Domain.Coordinators;
using Welfare.Modules.PeerSupport.Domain.Supporters;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.DesignateCoordinator;

internal sealed class DesignateCoordinatorCommandHandler(IPeerSupportDbContext db, DirectoryFreshness freshness, PeerSupportAccess access, PeerSupportSettings settings, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<DesignateCoordinatorCommand, CoordinatorChangeDto>
{
    public async Task<CoordinatorChangeDto> Handle(DesignateCoordinatorCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        var on = request.DesignatedOn ?? access.Today;
        var department = await db.DepartmentOfAsync(request.EmployeeId, on, cancellationToken)
            ?? throw new BusinessRuleViolationException(PeerSupportProblems.CoordinatorNotInDirectory);
        if (await db.Coordinators.AnyAsync(c => c.EmployeeId == request.EmployeeId && c.ReleasedOn == null, cancellationToken))
        {
            throw new ConflictException(PeerSupportProblems.CoordinatorAlreadyDesignated);
        }

        var inWelfareDivision = department == settings.WelfareDivisionDepartmentCode;
        if (!inWelfareDivision && !await db.Coordinators.AnyAsync(c => c.InWelfareDivision && c.ReleasedOn == null, cancellationToken))
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.WelfareDivisionCoordinatorFirst);
        }

        var now = clock.GetUtcNow();
        var coordinator = new CoordinatorDesignation(Guid.CreateVersion7(now), request.EmployeeId, department, inWelfareDivision, request.Contact, on, user.Id, now);
        db.Coordinators.Add(coordinator);
        var notice = new DesignationNotice(Guid.CreateVersion7(now), NoticeForm.CoordinatorNotice, DesignationChange.Designation, coordinator.Id, coordinator.EmployeeId,
            department, null, on, user.Id, now);
        db.Notices.Add(notice);
        audit.Record("coordinator.designate", "CoordinatorDesignation", coordinator.Id.ToString(), AuditOutcome.Allowed);
        var people = await db.PeopleAsync([coordinator.EmployeeId], on, cancellationToken);
        return new CoordinatorChangeDto(CoordinatorDto.From(coordinator, people), NoticeDto.From(notice));
    }
}
