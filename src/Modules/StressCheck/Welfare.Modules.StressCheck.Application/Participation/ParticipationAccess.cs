using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Participation;

/// <summary>Who may see who has and has not taken the check (never results): the implementer, the implementation staff and welfare officers (別表第1).</summary>
internal static class ParticipationAccess
{
    public const string Action = "participation.read";

    public static async Task<Campaign> LoadAsync(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, campaignId, Action, cancellationToken);
        var allowed = StressCheckAccess.IsWelfareOfficer(user) || StressCheckAccess.IsImplementer(user, campaign)
            || StressCheckAccess.ActsAsStaff(user, campaign, audit, Action);
        audit.Record(Action, "Campaign", campaign.Id.ToString(), allowed ? AuditOutcome.Allowed : AuditOutcome.Denied);
        return allowed ? campaign : throw new ForbiddenException();
    }
}
