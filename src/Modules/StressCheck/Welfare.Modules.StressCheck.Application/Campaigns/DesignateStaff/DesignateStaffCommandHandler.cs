using MediatR;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Campaigns.DesignateStaff;

internal sealed class DesignateStaffCommandHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, RecordVersion version)
    : IRequestHandler<DesignateStaffCommand, CampaignDto>
{
    public async Task<CampaignDto> Handle(DesignateStaffCommand request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, "campaign.staff.designate", cancellationToken);
        if (!StressCheckAccess.IsImplementer(user, campaign))
        {
            audit.Record("campaign.staff.designate", "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        version.Observe(campaign);
        campaign.DesignateStaff(request.Staff);
        audit.Record("campaign.staff.designate", "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return await CampaignLoader.DtoAsync(db, campaign, cancellationToken);
    }
}
