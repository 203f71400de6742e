using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Participation.GetParticipation;

internal sealed class GetParticipationQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<GetParticipationQuery, ParticipationDto>
{
    public async Task<ParticipationDto> Handle(GetParticipationQuery request, CancellationToken cancellationToken)
    {
        var campaign = await ParticipationAccess.LoadAsync(db, user, audit, request.CampaignId, cancellationToken);
        var latest = db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.IsLatest);
        var targets = db.Campaigns.AsNoTracking().Where(c => c.Id == campaign.Id).SelectMany(c => c.Targets).Where(t => t.Included);
        return new ParticipationDto(
            await targets.CountAsync(cancellationToken),
            await targets.CountAsync(t => latest.Any(s => s.EmployeeId == t.EmployeeId), cancellationToken));
    }
}
