using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain.Scoring;

public enum ScoringMethod
{
    /// <summary>合計点数方式: sums of (recoded) answers; higher means more stress.</summary>
    [Label("合計点数方式", "Sum of scores")]
    Sum,

    /// <summary>素点換算表方式: sums of evaluation points; lower means more stress.</summary>
    [Label("素点換算表方式", "Conversion table")]
    ConversionTable,
}

/// <summary>
/// The high-stress selection (seed 004 art. 8): high when the stress reactions (B) alone pass
/// <see cref="StressReaction"/>, or when the factors and support (A + C) pass
/// <see cref="FactorsAndSupport"/> and B passes <see cref="StressReactionWithFactors"/>. "Pass" is
/// "at least" for the sum method and "at most" for the conversion table. The health committee may
/// change the numbers; the MHLW values are the defaults.
/// </summary>
public sealed record HighStressCriteria(ScoringMethod Method, int StressReaction, int FactorsAndSupport, int StressReactionWithFactors)
{
    public static readonly HighStressCriteria SumDefault = new(ScoringMethod.Sum, 77, 76, 63);

    public static readonly HighStressCriteria ConversionTableDefault = new(ScoringMethod.ConversionTable, 12, 26, 17);

    public static HighStressCriteria DefaultFor(ScoringMethod method) =>
        method == ScoringMethod.Sum ? SumDefault : ConversionTableDefault;

    public bool IsHighStress(int a, int b, int c) => Method == ScoringMethod.Sum
        ? b >= StressReaction || (a + c >= FactorsAndSupport && b >= StressReactionWithFactors)
        : b <= StressReaction || (a + c <= FactorsAndSupport && b <= StressReactionWithFactors);
}
