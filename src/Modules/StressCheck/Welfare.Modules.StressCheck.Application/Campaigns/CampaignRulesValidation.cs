using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Campaigns;

internal static class CampaignRulesValidation
{
    /// <summary>Bounds every criteria value can take for its method (sums for A/B/C; points 9–45, 6–30, 3–15).</summary>
    public static void RulesForCriteria<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, HighStressCriteriaDto>> criteria)
    {
        validator.RuleFor(criteria).NotNull().ChildRules(c =>
        {
            c.RuleFor(x => x.Method).IsInEnum();
            c.RuleFor(x => x.StressReaction).InclusiveBetween(1, 200);
            c.RuleFor(x => x.FactorsAndSupport).InclusiveBetween(1, 200);
            c.RuleFor(x => x.StressReactionWithFactors).InclusiveBetween(1, 200);
        });
    }
}
