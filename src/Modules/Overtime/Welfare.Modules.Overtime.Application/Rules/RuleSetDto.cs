using Welfare.Modules.Overtime.Domain.Rules;

namespace Welfare.Modules.Overtime.Application.Rules;

public sealed record RuleSetDto(Guid? Id, DateOnly? EffectiveFrom, string? Reason, string? CreatedBy, DateTimeOffset? CreatedAt, OvertimeRules Rules)
{
    public static RuleSetDto From(OvertimeRuleSet r) => new(r.Id, r.EffectiveFrom, r.Reason, r.CreatedBy, r.CreatedAt, r.Rules);
}
