using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.UpdateLeaveCase;

internal sealed class UpdateLeaveCaseCommandHandler(IReturnToWorkDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<UpdateLeaveCaseCommand, LeaveCaseDto>
{
    public async Task<LeaveCaseDto> Handle(UpdateLeaveCaseCommand request, CancellationToken cancellationToken)
    {
        var leave = await db.LeaveCases.SingleOrDefaultAsync(l => l.Id == request.LeaveCaseId, cancellationToken)
            ?? throw new NotFoundException("LeaveCase", request.LeaveCaseId.ToString());
        leave.Set(request.Kind, request.StartedOn, request.ExpectedEndOn, request.EndedOn, user.Id, clock.GetUtcNow());
        audit.Record("leave-case.update", "LeaveCase", leave.Id.ToString(), AuditOutcome.Allowed);
        return LeaveCaseDto.From(leave, clock.Today());
    }
}
