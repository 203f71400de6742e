using Welfare.Modules.StressCheck.Domain.Questionnaires;

namespace Welfare.Modules.StressCheck.Domain.Scoring;

/// <summary>A scale's raw score and its five-level value (1 = most stressed, 5 = least) as the report and chart show it.</summary>
public sealed record ScaleScore(Scale Scale, int Raw, int Level);

/// <summary>The scored submission: 19 scales, the domain sums of the campaign's method, and the selection.</summary>
public sealed record StressResult(IReadOnlyList<ScaleScore> Scales, ScoringMethod Method, int DomainA, int DomainB, int DomainC, bool HighStress);

/// <summary>Scores BJSQ-57 answers (shared/domain/stress-check.md §2–3).</summary>
public static class StressScoring
{
    // Items whose answer 1 means more stress in the sum method, recoded as 5 − answer so that 4 always
    // means more stress: A1–A7, A11, A12, A13, A15, B1, B2, B3 (absolute 1–7, 11–13, 15, 18–20).
    private static readonly HashSet<int> RecodedItems = [1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 15, 18, 19, 20];

    public static StressResult Score(Answers answers, Sex sex, HighStressCriteria criteria)
    {
        var scales = Scales.All
            .Select(s =>
            {
                var raw = s.Raw(answers);
                return new ScaleScore(s.Scale, raw, ConversionTable.EvaluationPoint(s.Scale, sex, raw));
            })
            .ToList();

        var (a, b, c) = criteria.Method == ScoringMethod.Sum ? SumDomains(answers) : PointDomains(scales);
        return new StressResult(scales, criteria.Method, a, b, c, criteria.IsHighStress(a, b, c));
    }

    private static (int A, int B, int C) SumDomains(Answers answers)
    {
        int a = 0, b = 0, c = 0;
        for (var item = 1; item <= Bjsq57.ItemCount; item++)
        {
            var value = answers.Values[item - 1];
            var scored = RecodedItems.Contains(item) ? 5 - value : value;
            switch (Bjsq57.Items[item - 1].Section)
            {
                case QuestionnaireSection.A: a += scored; break;
                case QuestionnaireSection.B: b += scored; break;
                case QuestionnaireSection.C: c += scored; break;
            }
        }

        return (a, b, c);
    }

    private static (int A, int B, int C) PointDomains(List<ScaleScore> scales)
    {
        int Sum(QuestionnaireSection section) =>
            scales.Where(s => Scoring.Scales.Of(s.Scale).Section == section).Sum(s => s.Level);
        return (Sum(QuestionnaireSection.A), Sum(QuestionnaireSection.B), Sum(QuestionnaireSection.C));
    }
}
