using MediatR;
using Welfare.SharedKernel.Application.Auditing;

namespace Welfare.Modules.StressCheck.Application.Campaigns.ChangeCriteria;

internal sealed class ChangeCriteriaCommandHandler(IStressCheckDbContext db, IAuditTrail audit) : IRequestHandler<ChangeCriteriaCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(ChangeCriteriaCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadAsync(db, request.CampaignId, targetOf: null, cancellationToken);
        campaign.ChangeCriteria(request.Criteria.ToCriteria(), request.MinimumGroupSize, request.ConsentScope, request.CommitteeDecisionReference);
        audit.Record("campaign.criteria.change", "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
