using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.OpenCampaign;

/// <summary>Fixes the targets from the directory as of the opening date and opens the campaign.</summary>
public sealed record OpenCampaignCommand(Guid CampaignId) : ICommand<CampaignDto>;
