using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Application.Directory;
using Welfare.Modules.PeerSupport.Application.Supporters;
using Welfare.Modules.PeerSupport.Domain.Coordinators;
using Welfare.Modules.PeerSupport.Domain.Supporters;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.DesignateCoordinator;

internal sealed class DesignateCoordinatorCommandHandler(IPeerSupportDbContext db, PeerSupportAccess access, PeerSupportSettings settings, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<DesignateCoordinatorCommand, CoordinatorChangeDto>
{
    public async Task<CoordinatorChangeDto> Handle(DesignateCoordinatorCommand request, CancellationToken cancellationToken)
    {
        var on = request.DesignatedOn ?? access.Today;
        var department = await PeerSupportDirectory.DepartmentOfAsync(db, request.EmployeeId, on, cancellationToken)
            ?? throw new BusinessRuleViolationException("coordinator-not-in-directory", new LocalizedText(
                "指名の日に在職していない職員はコーディネーターに指名できません。", "Only an employee in the directory on the day can be designated a coordinator."));
        if (await db.Coordinators.AnyAsync(c => c.EmployeeId == request.EmployeeId && c.ReleasedOn == null, cancellationToken))
        {
            throw new ConflictException("coordinator-already-designated", new LocalizedText(
                "この職員は既にコーディネーターに指名されています。", "This employee is already a coordinator."));
        }

        var inWelfareDivision = department == settings.WelfareDivisionDepartmentCode;
        if (!inWelfareDivision && !await db.Coordinators.AnyAsync(c => c.InWelfareDivision && c.ReleasedOn == null, cancellationToken))
        {
            throw new BusinessRuleViolationException("welfare-division-coordinator-first", new LocalizedText(
                "まず厚生課に属する職員のうちから1人以上のコーディネーターを指名してください（要綱第4-3(1)ア）。",
                "Designate at least one coordinator from the welfare division first (seed 000 4-3(1)(a))."));
        }

        var now = clock.GetUtcNow();
        var coordinator = new CoordinatorDesignation(Guid.CreateVersion7(now), request.EmployeeId, department, inWelfareDivision, request.Contact, on, user.Id, now);
        db.Coordinators.Add(coordinator);
        var notice = new DesignationNotice(Guid.CreateVersion7(now), NoticeForm.CoordinatorNotice, DesignationChange.Designation, coordinator.Id, coordinator.EmployeeId,
            department, null, on, user.Id, now);
        db.Notices.Add(notice);
        audit.Record("coordinator.designate", "CoordinatorDesignation", coordinator.Id.ToString(), AuditOutcome.Allowed);
        return new CoordinatorChangeDto(CoordinatorDto.From(coordinator), NoticeDto.From(notice));
    }
}
