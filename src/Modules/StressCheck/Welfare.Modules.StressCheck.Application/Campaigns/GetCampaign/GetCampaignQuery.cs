using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.GetCampaign;

public sealed record GetCampaignQuery(Guid CampaignId) : IQuery<CampaignDto>;
