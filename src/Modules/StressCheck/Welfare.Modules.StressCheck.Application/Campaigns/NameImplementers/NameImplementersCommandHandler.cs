using MediatR;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;

namespace Welfare.Modules.StressCheck.Application.Campaigns.NameImplementers;

internal sealed class NameImplementersCommandHandler(IStressCheckDbContext db, IAuditTrail audit, RecordVersion version) : IRequestHandler<NameImplementersCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(NameImplementersCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadForChangeAsync(db, version, request.CampaignId, targetOf: null, cancellationToken);
        campaign.NameImplementers(request.Physicians);
        audit.Record("campaign.implementers.name", "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
