using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain.Campaigns;

internal sealed class PeriodIsOrdered(DateOnly opensOn, DateOnly closesOn) : IBusinessRule
{
    public string Code => "campaign-period-reversed";

    public LocalizedText Message => new("実施期間の終了日が開始日より前です。", "The campaign closes before it opens.");

    public bool IsBroken() => closesOn < opensOn;
}

internal sealed class StillDraft(CampaignStatus status) : IBusinessRule
{
    public string Code => "campaign-already-opened";

    public LocalizedText Message => new(
        "実施開始後は評価方法・基準・対象者の抽出を変更できません。",
        "The scoring method, thresholds and target selection cannot change once the campaign has opened.");

    public bool IsBroken() => status != CampaignStatus.Draft;
}

internal sealed class NotClosed(CampaignStatus status) : IBusinessRule
{
    public string Code => "campaign-closed";

    public LocalizedText Message => new("実施は終了しています。", "The campaign is closed.");

    public bool IsBroken() => status == CampaignStatus.Closed;
}

internal sealed class HasImplementer(IReadOnlyCollection<string> implementers) : IBusinessRule
{
    public string Code => "no-implementer";

    public LocalizedText Message => new("実施者 (医師) が指名されていません。", "No implementer (physician) has been named.");

    public bool IsBroken() => implementers.Count == 0;
}
