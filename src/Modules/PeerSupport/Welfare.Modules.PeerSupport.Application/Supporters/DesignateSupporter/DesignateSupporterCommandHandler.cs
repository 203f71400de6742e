using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.PeerSupport.Domain;
using Welfare.Modules.PeerSupport.Domain.Supporters;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Supporters.DesignateSupporter;

internal sealed class DesignateSupporterCommandHandler(
    IPeerSupportDbContext db, DirectoryFreshness freshness, PeerSupportAccess access, DesignationPaperwork paperwork, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<DesignateSupporterCommand, SupporterChangeDto>
{
    private const string Action = "supporter.designate";

    public async Task<SupporterChangeDto> Handle(DesignateSupporterCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        var workplace = await db.Workplaces.AsNoTracking().SingleOrDefaultAsync(w => w.Id == request.WorkplaceId, cancellationToken);
        if (workplace is null || !await access.HeadsAsync(workplace.DepartmentCode, cancellationToken))
        {
            audit.Record(Action, "Workplace", request.WorkplaceId.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("Workplace", request.WorkplaceId.ToString());
        }

        var on = request.DesignatedOn ?? access.Today;
        if (await db.DepartmentOfAsync(request.EmployeeId, on, cancellationToken) != workplace.DepartmentCode)
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.SupporterNotInDepartment);
        }

        if (request.EmployeeId == user.Id || await db.HeadOfAsync(workplace.DepartmentCode, on, cancellationToken) == request.EmployeeId)
        {
            // 第4-5(4): the one who decides on the staff's personnel matters must not hold their confidences.
            throw new BusinessRuleViolationException(PeerSupportProblems.HeadCannotBeSupporter);
        }

        if (await db.Supporters.AnyAsync(s => s.WorkplaceId == workplace.Id && s.EmployeeId == request.EmployeeId && s.ReleasedOn == null, cancellationToken))
        {
            throw new ConflictException(PeerSupportProblems.SupporterAlreadyDesignated);
        }

        var designation = new SupporterDesignation(Guid.CreateVersion7(clock.GetUtcNow()), workplace.Id, workplace.DepartmentCode, request.EmployeeId,
            request.Contact, on, user.Id, clock.GetUtcNow());
        db.Supporters.Add(designation);
        audit.Record(Action, "SupporterDesignation", designation.Id.ToString(), AuditOutcome.Allowed);
        return await paperwork.IssueAsync(designation, workplace, DesignationChange.Designation, on, cancellationToken);
    }
}
