using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.DesignateStaff;

/// <summary>An implementer designates the campaign's implementation staff (replaces the list).</summary>
public sealed record DesignateStaffCommand(Guid CampaignId, IReadOnlyList<string> Staff) : ICommand<CampaignDto>;
