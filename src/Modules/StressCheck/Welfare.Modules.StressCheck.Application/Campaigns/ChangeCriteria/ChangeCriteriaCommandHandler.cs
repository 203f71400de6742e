using MediatR;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;

namespace Welfare.Modules.StressCheck.Application.Campaigns.ChangeCriteria;

internal sealed class ChangeCriteriaCommandHandler(IStressCheckDbContext db, IAuditTrail audit, RecordVersion version) : IRequestHandler<ChangeCriteriaCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(ChangeCriteriaCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadForChangeAsync(db, version, request.CampaignId, targetOf: null, cancellationToken);
        campaign.ChangeCriteria(request.Criteria.ToCriteria(), request.MinimumGroupSize, request.ConsentScope, request.CommitteeDecisionReference);
        audit.Record("campaign.criteria.change", "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
