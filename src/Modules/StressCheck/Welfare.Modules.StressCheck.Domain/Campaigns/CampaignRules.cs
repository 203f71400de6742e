using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain.Campaigns;

internal sealed class PeriodIsOrdered(DateOnly opensOn, DateOnly closesOn) : IBusinessRule
{
    public RuleCode Code => StressCheckProblems.CampaignPeriodReversed;

    public bool IsBroken() => closesOn < opensOn;
}

internal sealed class StillDraft(CampaignStatus status) : IBusinessRule
{
    public RuleCode Code => StressCheckProblems.CampaignAlreadyOpened;

    public bool IsBroken() => status != CampaignStatus.Draft;
}

internal sealed class NotClosed(CampaignStatus status) : IBusinessRule
{
    public RuleCode Code => StressCheckProblems.CampaignClosed;

    public bool IsBroken() => status == CampaignStatus.Closed;
}

internal sealed class HasImplementer(IReadOnlyCollection<string> implementers) : IBusinessRule
{
    public RuleCode Code => StressCheckProblems.NoImplementer;

    public bool IsBroken() => implementers.Count == 0;
}
