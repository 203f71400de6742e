using MediatR;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;

namespace Welfare.Modules.StressCheck.Application.Campaigns.ExcludeTarget;

internal sealed class ExcludeTargetCommandHandler(IStressCheckDbContext db, IAuditTrail audit, RecordVersion version) : IRequestHandler<ExcludeTargetCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(ExcludeTargetCommand request, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadForChangeAsync(db, version, request.CampaignId, targetOf: request.EmployeeId, cancellationToken);
        campaign.Exclude(request.EmployeeId, request.Reason);
        audit.Record("campaign.target.exclude", "CampaignTarget", $"{campaign.Id}/{request.EmployeeId}", AuditOutcome.Allowed);
        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
