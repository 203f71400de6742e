using MediatR;
using Welfare.SharedKernel.Application.Auditing;

namespace Welfare.Modules.StressCheck.Application.Campaigns.CloseCampaign;

internal sealed class CloseCampaignCommandHandler(IStressCheckDbContext db, IAuditTrail audit) : IRequestHandler<CloseCampaignCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(CloseCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadAsync(db, request.CampaignId, targetOf: null, cancellationToken);
        campaign.Close();
        audit.Record("campaign.close", "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
