using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.RecordLeaveCase;

internal sealed class RecordLeaveCaseCommandHandler(IReturnToWorkDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RecordLeaveCaseCommand, RecordLeaveCaseResult>
{
    public async Task<RecordLeaveCaseResult> Handle(RecordLeaveCaseCommand request, CancellationToken cancellationToken)
    {
        if (!await db.DirectoryEmployees.AnyAsync(e => e.EmployeeId == request.EmployeeId, cancellationToken))
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.EmployeeUnknown);
        }

        var now = clock.GetUtcNow();
        var leave = request.Reference is null
            ? null
            : await db.LeaveCases.SingleOrDefaultAsync(l => l.Reference == request.Reference, cancellationToken);
        if (leave is not null && leave.EmployeeId != request.EmployeeId)
        {
            throw new ConflictException(ReturnToWorkProblems.LeaveReferenceTaken);
        }

        var created = leave is null;
        if (leave is null)
        {
            leave = new LeaveCase(Guid.CreateVersion7(now), request.EmployeeId, request.Reference, user.Id, now);
            db.LeaveCases.Add(leave);
        }

        leave.Set(request.Kind, request.StartedOn, request.ExpectedEndOn, request.EndedOn, user.Id, now);
        audit.Record(created ? "leave-case.create" : "leave-case.update", "LeaveCase", leave.Id.ToString(), AuditOutcome.Allowed);
        return new RecordLeaveCaseResult(created, LeaveCaseDto.From(leave, clock.Today()));
    }
}
