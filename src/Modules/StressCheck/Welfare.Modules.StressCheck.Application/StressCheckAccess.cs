using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application;

/// <summary>The disclosure rules (seed 004 別表第1) as questions about the caller and a campaign.</summary>
internal static class StressCheckAccess
{
    public static bool IsWelfareOfficer(ICurrentUser user) => user.IsInRole(Roles.WelfareOfficer);

    /// <summary>A physician named implementer of this campaign.</summary>
    public static bool IsImplementer(ICurrentUser user, Campaign campaign) =>
        user.IsInRole(Roles.Physician) && campaign.IsImplementer(user.Id);

    /// <summary>Sees the campaign itself: its officers and implementers, and its targets.</summary>
    public static bool SeesCampaign(ICurrentUser user, Campaign campaign) =>
        IsWelfareOfficer(user) || IsImplementer(user, campaign) || campaign.TargetFor(user.Id) is not null;
}
