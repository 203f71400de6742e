using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.ChangeCriteria;

/// <summary>Changes the method, thresholds, group minimum and consent scope before the campaign opens (422 after).</summary>
public sealed record ChangeCriteriaCommand(
    Guid CampaignId,
    HighStressCriteriaDto Criteria,
    int MinimumGroupSize,
    ConsentScope ConsentScope,
    string CommitteeDecisionReference) : ICommand<CampaignDto>;
