using MediatR;
using Welfare.Modules.PeerSupport.Application.Consultations;
using Welfare.Modules.PeerSupport.Domain;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Guidance.RequestGuidance;

internal sealed class RequestGuidanceCommandHandler(
    IPeerSupportDbContext db, ConsultationAccess consultations, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RequestGuidanceCommand, GuidanceRequestDto>
{
    public async Task<GuidanceRequestDto> Handle(RequestGuidanceCommand request, CancellationToken cancellationToken)
    {
        var consultation = await consultations.ForSupporterAsync(request.ConsultationId, "guidance.request", cancellationToken);
        if (!await access.IsCoordinatorAsync(request.CoordinatorId, cancellationToken))
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.NotACoordinator);
        }

        var now = clock.GetUtcNow();
        var guidance = new GuidanceRequest(Guid.CreateVersion7(now), consultation.Id, user.Id, request.CoordinatorId, request.SharedDetails, now);
        db.GuidanceRequests.Add(guidance);
        audit.Record("guidance.request", "GuidanceRequest", guidance.Id.ToString(), AuditOutcome.Allowed);
        return GuidanceRequestDto.For(guidance, user.Id);
    }
}
