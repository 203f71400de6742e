using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.GetCampaigns;

/// <summary>The campaigns the caller may see: all for welfare officers; otherwise those they implement or are targeted by.</summary>
public sealed record GetCampaignsQuery : IQuery<IReadOnlyList<CampaignDto>>;
