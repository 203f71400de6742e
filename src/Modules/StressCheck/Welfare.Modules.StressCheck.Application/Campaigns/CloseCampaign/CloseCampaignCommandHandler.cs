using MediatR;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;

namespace Welfare.Modules.StressCheck.Application.Campaigns.CloseCampaign;

internal sealed class CloseCampaignCommandHandler(IStressCheckDbContext db, IAuditTrail audit, RecordVersion version) : IRequestHandler<CloseCampaignCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(CloseCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadForChangeAsync(db, version, request.CampaignId, targetOf: null, cancellationToken);
        campaign.Close();
        audit.Record("campaign.close", "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
