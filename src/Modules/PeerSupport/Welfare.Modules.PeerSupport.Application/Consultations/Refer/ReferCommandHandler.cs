using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Application.Consultations.Refer;

internal sealed class ReferCommandHandler(IPeerSupportDbContext db, ConsultationAccess access, TimeProvider clock) : IRequestHandler<ReferCommand, ReferralDto>
{
    public async Task<ReferralDto> Handle(ReferCommand request, CancellationToken cancellationToken)
    {
        var consultation = await access.ForSupporterAsync(request.ConsultationId, "consultation.refer", cancellationToken);
        var paid = false;
        if (request.Target == ReferralTarget.ExternalCounselor)
        {
            var counselor = await db.Counselors.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.ExternalCounselorId && c.Active, cancellationToken)
                ?? throw new BusinessRuleViolationException(PeerSupportProblems.CounselorUnknown);
            paid = counselor.Paid;
        }

        var now = clock.GetUtcNow();
        var referral = consultation.Refer(Guid.CreateVersion7(now), request.Target, request.ExternalCounselorId, paid, request.DivisionName, request.CostExplained,
            request.ReferredOn ?? clock.Today(), now);
        return ReferralDto.From(referral);
    }
}
