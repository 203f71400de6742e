using MediatR;
using Welfare.SharedKernel.Application.Auditing;

namespace Welfare.Modules.StressCheck.Application.Campaigns.NameImplementers;

internal sealed class NameImplementersCommandHandler(IStressCheckDbContext db, IAuditTrail audit) : IRequestHandler<NameImplementersCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(NameImplementersCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadAsync(db, request.CampaignId, withTargets: true, cancellationToken);
        campaign.NameImplementers(request.Physicians);
        audit.Record("campaign.implementers.name", "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return CampaignDto.From(campaign);
    }
}
