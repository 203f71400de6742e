using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.Results;

namespace Welfare.Modules.StressCheck.Application.Results;

public sealed record ConsentDto(Guid CampaignId, ConsentScope Scope, ConsentSource Source, DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt)
{
    public static ConsentDto From(ResultConsent c) => new(c.CampaignId, c.Scope, c.Source, c.GivenAt, c.WithdrawnAt);
}
