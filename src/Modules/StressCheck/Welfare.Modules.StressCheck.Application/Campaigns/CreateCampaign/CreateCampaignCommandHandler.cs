using MediatR;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Campaigns.CreateCampaign;

internal sealed class CreateCampaignCommandHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<CreateCampaignCommand, CampaignDto>
{
    public Task<CampaignDto> Handle(CreateCampaignCommand request, CancellationToken cancellationToken)
    {
        var campaign = Campaign.Create(
            Guid.CreateVersion7(clock.GetUtcNow()), request.FiscalYear, request.OpensOn, request.ClosesOn, request.Criteria.ToCriteria(),
            request.MinimumGroupSize ?? Campaign.DefaultMinimumGroupSize, request.ConsentScope, request.CommitteeDecisionReference,
            request.TargetDepartments ?? [], request.TargetEmploymentTypes?.Select(t => t.ToString()) ?? [], user.Id, request.InterviewRequestCountsAsConsent);
        db.Campaigns.Add(campaign);
        audit.Record("campaign.create", "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return Task.FromResult(CampaignDto.From(campaign, 0));
    }
}
