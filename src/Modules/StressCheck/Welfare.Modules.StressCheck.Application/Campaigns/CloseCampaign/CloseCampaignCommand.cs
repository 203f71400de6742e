using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.CloseCampaign;

/// <summary>Closes the campaign: no more answers or target changes.</summary>
public sealed record CloseCampaignCommand(Guid CampaignId) : ICommand<CampaignDto>;
