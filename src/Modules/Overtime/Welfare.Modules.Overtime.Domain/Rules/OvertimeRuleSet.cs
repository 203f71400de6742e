using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Rules;

/// <summary>
/// One version of the employer's rules, in force from <see cref="EffectiveFrom"/> until the next
/// version. Versions are never edited: a change is a new version, so evaluations made under an older
/// one keep their meaning.
/// </summary>
public sealed class OvertimeRuleSet
{
    private OvertimeRuleSet(Guid id, DateOnly effectiveFrom, OvertimeRules rules, string createdBy, DateTimeOffset createdAt, string reason)
    {
        Id = id;
        EffectiveFrom = effectiveFrom;
        Rules = rules;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public OvertimeRules Rules { get; private set; }

    /// <summary>Why the rules changed (e.g. the ordinance or committee decision).</summary>
    public string Reason { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static OvertimeRuleSet Issue(Guid id, DateOnly effectiveFrom, OvertimeRules rules, string reason, string createdBy, DateTimeOffset now,
        DateOnly today, DateOnly? latestEffectiveFrom)
    {
        if (effectiveFrom < today)
        {
            throw new BusinessRuleViolationException(OvertimeProblems.RuleSetInThePast);
        }

        if (latestEffectiveFrom is { } latest && effectiveFrom <= latest)
        {
            throw new ConflictException(OvertimeProblems.RuleSetNotAfterLatest, new LocalizedText(
                $"新しいルールの適用開始日は現行の {latest:yyyy-MM-dd} より後にしてください。",
                $"A new rule set must take effect after the latest one ({latest:yyyy-MM-dd})."));
        }

        return new OvertimeRuleSet(id, effectiveFrom, rules, createdBy, now, reason);
    }

    /// <summary>The rules in force on <paramref name="date"/>: the latest version that started by then, or the defaults.</summary>
    public static OvertimeRules InForceOn(IEnumerable<OvertimeRuleSet> versions, DateOnly date) =>
        versions.Where(v => v.EffectiveFrom <= date).MaxBy(v => v.EffectiveFrom)?.Rules ?? OvertimeRules.Defaults;
}
