using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.OpenPreReturn;

internal sealed class OpenPreReturnCommandHandler(IReturnToWorkDbContext db, DirectoryFreshness freshness, ICurrentUser user, IAuditTrail audit, TimeProvider clock, PreReturnAccess access, PreReturnViews views)
    : IRequestHandler<OpenPreReturnCommand, PreReturnDto>
{
    private const string Action = "pre-return.open";

    public async Task<PreReturnDto> Handle(OpenPreReturnCommand request, CancellationToken cancellationToken)
    {
        // It fixes directory data into the record: never from a copy that lacks a committed change (ADR 0012).
        await freshness.EnsureCurrentAsync(db, cancellationToken);
        if (!user.IsInRole(Roles.DepartmentHead) && !user.IsInRole(Roles.Physician))
        {
            audit.Record(Action, "Employee", request.EmployeeId, AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var today = clock.Today();
        var employee = await db.EmployeeAsync(request.EmployeeId, cancellationToken);
        var department = employee?.DepartmentOn(today);
        var heads = department is not null && request.EmployeeId != user.Id && await db.HeadsAsync(user, department, today, cancellationToken);
        if (department is null || !(heads || user.IsInRole(Roles.Physician)))
        {
            audit.Record(Action, "Employee", request.EmployeeId, AuditOutcome.Denied);
            throw new NotFoundException("Employee", request.EmployeeId);
        }

        var leaves = await db.LeaveCases.AsNoTracking().Where(l => l.EmployeeId == request.EmployeeId).ToListAsync(cancellationToken);
        var leave = leaves.Where(l => l.QualifiesOn(today)).OrderByDescending(l => l.StartedOn).FirstOrDefault()
            ?? throw new BusinessRuleViolationException(ReturnToWorkProblems.NotOnQualifyingLeave);
        if (await db.PreReturns.AnyAsync(p => p.EmployeeId == request.EmployeeId
            && p.Status != PreReturnStatus.Rejected && p.Status != PreReturnStatus.Completed && p.Status != PreReturnStatus.Cancelled
            && p.Status != PreReturnStatus.Withdrawn, cancellationToken))
        {
            throw new ConflictException(ReturnToWorkProblems.PreReturnActive);
        }

        var now = clock.GetUtcNow();
        var opened = PreReturn.Open(Guid.CreateVersion7(now), request.EmployeeId, department, leave.Id, user.Id, now);
        db.PreReturns.Add(opened);
        audit.Record(Action, PreReturnAccess.RecordType, opened.Id.ToString(), AuditOutcome.Allowed);
        return await views.ViewAsync(opened, await access.RelationAsync(opened, cancellationToken), cancellationToken);
    }
}
