using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application;

/// <summary>The disclosure rules (seed 004 別表第1) as questions about the caller and a campaign.</summary>
internal static class StressCheckAccess
{
    public static bool IsWelfareOfficer(ICurrentUser user) => user.IsInRole(Roles.WelfareOfficer);

    /// <summary>A physician named implementer of this campaign.</summary>
    public static bool IsImplementer(ICurrentUser user, Campaign campaign) =>
        user.IsInRole(Roles.Physician) && campaign.IsImplementer(user.Id);

    /// <summary>Sees the campaign itself (dates and settings, no person's data): its officers, implementers and staff, department heads, and its targets.</summary>
    public static bool SeesCampaign(ICurrentUser user, Campaign campaign) =>
        IsWelfareOfficer(user) || IsImplementer(user, campaign) || campaign.IsImplementationStaff(user.Id)
        || user.IsInRole(Roles.DepartmentHead) || campaign.TargetFor(user.Id) is not null;

    /// <summary>
    /// Designated implementation staff without personnel authority (seed 004 art. 23): a designated
    /// caller whose token holds personnel-officer or department-head is refused, and the refusal audited.
    /// </summary>
    public static bool ActsAsStaff(ICurrentUser user, Campaign campaign, IAuditTrail audit, string action)
    {
        if (!campaign.IsImplementationStaff(user.Id))
        {
            return false;
        }

        if (user.IsInRole(Roles.PersonnelOfficer) || user.IsInRole(Roles.DepartmentHead))
        {
            audit.Record(action, "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException(new LocalizedText(
                "人事権を持つ者は実施事務に従事できません（実施規程第23条）。",
                "A person with authority over dismissal, promotion or transfer may not act as implementation staff."));
        }

        return true;
    }

    /// <summary>Loads a campaign the caller may see; anyone else is told it does not exist (and the refusal is audited).</summary>
    public static async Task<Campaign> LoadVisibleAsync(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, Guid id, string action, CancellationToken cancellationToken)
    {
        var campaign = await Campaigns.CampaignLoader.LoadAsync(db, id, targetOf: user.Id, cancellationToken);
        if (!SeesCampaign(user, campaign))
        {
            audit.Record(action, "Campaign", id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("Campaign", id.ToString());
        }

        return campaign;
    }
}
