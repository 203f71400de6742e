using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Guidance.AdviseSupporter;

internal sealed class AdviseSupporterCommandHandler(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<AdviseSupporterCommand, GuidanceRequestDto>
{
    private const string Action = "guidance.advise";

    public async Task<GuidanceRequestDto> Handle(AdviseSupporterCommand request, CancellationToken cancellationToken)
    {
        var guidance = await db.GuidanceRequests.SingleOrDefaultAsync(g => g.Id == request.GuidanceRequestId, cancellationToken);
        if (guidance is null || guidance.CoordinatorId != user.Id || !await access.IsCoordinatorAsync(cancellationToken))
        {
            audit.Record(Action, "GuidanceRequest", request.GuidanceRequestId.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("GuidanceRequest", request.GuidanceRequestId.ToString());
        }

        guidance.Advise(request.Advice, clock.GetUtcNow());
        audit.Record(Action, "GuidanceRequest", guidance.Id.ToString(), AuditOutcome.Allowed);
        return GuidanceRequestDto.For(guidance, user.Id);
    }
}
