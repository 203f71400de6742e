using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.NameImplementers;

/// <summary>Names the physicians who implement the campaign (seed 004 art. 3(1)).</summary>
public sealed record NameImplementersCommand(Guid CampaignId, IReadOnlyList<string> Physicians) : ICommand<CampaignDto>;
