using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.Questionnaires;
using Welfare.Modules.StressCheck.Domain.Scoring;

namespace Welfare.UnitTests.StressCheck;

/// <summary>Exact values from shared/domain/stress-check.md §3 (known vectors), plus boundaries of our own.</summary>
public sealed class ScoringTests
{
    private static Answers All(int value) => Answers.From(Enumerable.Repeat(value, Bjsq57.ItemCount).ToArray());

    [TestCase(1, 50, 38, 9, false)]
    [TestCase(2, 45, 61, 18, false)]
    [TestCase(3, 40, 84, 27, true)]
    [TestCase(4, 35, 107, 36, true)]
    public void Sum_method_known_vectors(int answer, int a, int b, int c, bool high)
    {
        var result = StressScoring.Score(All(answer), Sex.Male, HighStressCriteria.SumDefault);

        Assert.That((result.DomainA, result.DomainB, result.DomainC, result.HighStress), Is.EqualTo((a, b, c, high)));
    }

    [TestCase(1, Sex.Male, 22, 26, 15, false)]
    [TestCase(2, Sex.Male, 24, 17, 10, false)]
    [TestCase(3, Sex.Male, 26, 12, 5, true)]
    [TestCase(4, Sex.Male, 28, 10, 3, true)]
    [TestCase(1, Sex.Female, 22, 26, 15, false)]
    [TestCase(2, Sex.Female, 23, 18, 10, false)]
    [TestCase(3, Sex.Female, 27, 12, 6, true)]
    [TestCase(4, Sex.Female, 29, 10, 3, true)]
    public void Conversion_table_known_vectors(int answer, Sex sex, int a, int b, int c, bool high)
    {
        var result = StressScoring.Score(All(answer), sex, HighStressCriteria.ConversionTableDefault);

        Assert.That((result.DomainA, result.DomainB, result.DomainC, result.HighStress), Is.EqualTo((a, b, c, high)));
    }

    [TestCase(17, 76, 9, false)]
    [TestCase(17, 77, 9, true)]
    [TestCase(46, 62, 30, false)]
    [TestCase(46, 63, 30, true)]
    [TestCase(45, 63, 30, false)]
    public void Sum_method_boundaries(int a, int b, int c, bool high) =>
        Assert.That(HighStressCriteria.SumDefault.IsHighStress(a, b, c), Is.EqualTo(high));

    [TestCase(30, 12, 10, true)]
    [TestCase(30, 13, 10, false)]
    [TestCase(16, 17, 10, true)]
    [TestCase(16, 18, 10, false)]
    [TestCase(17, 17, 10, false)]
    public void Conversion_table_boundaries(int a, int b, int c, bool high) =>
        Assert.That(HighStressCriteria.ConversionTableDefault.IsHighStress(a, b, c), Is.EqualTo(high));

    [Test]
    public void A_committee_can_move_the_thresholds()
    {
        var stricter = HighStressCriteria.SumDefault with { StressReaction = 70 };

        Assert.That(stricter.IsHighStress(17, 70, 9), Is.True);
        Assert.That(HighStressCriteria.SumDefault.IsHighStress(17, 70, 9), Is.False);
    }

    [Test]
    public void Each_scale_has_its_raw_score_and_five_level_value()
    {
        var result = StressScoring.Score(All(1), Sex.Male, HighStressCriteria.SumDefault);
        var byScale = result.Scales.ToDictionary(s => s.Scale, s => (s.Raw, s.Level));

        Assert.That(result.Scales, Has.Count.EqualTo(19));
        Assert.That(byScale[Scale.WorkloadQuantity], Is.EqualTo((12, 1)));
        Assert.That(byScale[Scale.InterpersonalStress], Is.EqualTo((9, 2)));
        Assert.That(byScale[Scale.JobControl], Is.EqualTo((12, 5)));
        Assert.That(byScale[Scale.SkillUtilization], Is.EqualTo((1, 1)));
        Assert.That(byScale[Scale.Depression], Is.EqualTo((6, 5)));
        Assert.That(byScale[Scale.PhysicalComplaints], Is.EqualTo((11, 5)));
        Assert.That(byScale[Scale.Satisfaction], Is.EqualTo((8, 5)));
    }

    [TestCase(Scale.EnvironmentStress, Sex.Male, 1, 2)]
    [TestCase(Scale.EnvironmentStress, Sex.Female, 1, 1)]
    [TestCase(Scale.PhysicalComplaints, Sex.Female, 13, 1)]
    [TestCase(Scale.PhysicalComplaints, Sex.Male, 13, 2)]
    [TestCase(Scale.Fatigue, Sex.Female, 12, 5)]
    [TestCase(Scale.Fatigue, Sex.Male, 12, 5)]
    [TestCase(Scale.Fatigue, Sex.Male, 10, 4)]
    public void The_tables_differ_by_sex_where_the_manual_says(Scale scale, Sex sex, int raw, int column) =>
        Assert.That(ConversionTable.Column(scale, sex, raw), Is.EqualTo(column));

    [Test]
    public void Every_possible_answer_falls_into_a_column_for_both_sexes()
    {
        var random = new Random(57);
        for (var i = 0; i < 5_000; i++)
        {
            var answers = Answers.From(Enumerable.Range(0, Bjsq57.ItemCount).Select(_ => random.Next(1, 5)).ToArray());
            foreach (var sex in new[] { Sex.Male, Sex.Female })
            {
                var result = StressScoring.Score(answers, sex, HighStressCriteria.ConversionTableDefault);
                Assert.That(result.Scales.All(s => s.Level is >= 1 and <= 5), Is.True);
                Assert.That(result.DomainA, Is.InRange(9, 45));
                Assert.That(result.DomainB, Is.InRange(6, 30));
                Assert.That(result.DomainC, Is.InRange(3, 15));
            }
        }
    }

    [Test]
    public void Answers_are_exactly_57_values_from_1_to_4()
    {
        Assert.That(Answers.AreValid(Enumerable.Repeat(2, 57).ToArray()), Is.True);
        Assert.That(Answers.AreValid(Enumerable.Repeat(2, 56).ToArray()), Is.False);
        Assert.That(Answers.AreValid([.. Enumerable.Repeat(2, 56), 5]), Is.False);
        Assert.That(Answers.AreValid([.. Enumerable.Repeat(2, 56), 0]), Is.False);
        Assert.Throws<ArgumentException>(() => Answers.From(Enumerable.Repeat(1, 58).ToArray()));
    }

    [Test]
    public void The_questionnaire_has_57_items_in_four_sections_with_both_languages()
    {
        var codes = Bjsq57.Items.Select(i => i.Code).ToList();

        Assert.That(codes, Has.Count.EqualTo(57));
        Assert.That(codes[0], Is.EqualTo("A1"));
        Assert.That(codes[16], Is.EqualTo("A17"));
        Assert.That(codes[17], Is.EqualTo("B1"));
        Assert.That(codes[45], Is.EqualTo("B29"));
        Assert.That(codes[46], Is.EqualTo("C1"));
        Assert.That(codes[56], Is.EqualTo("D2"));
        Assert.That(Bjsq57.Items.All(i => i.Text.Japanese.Length > 0 && i.Text.English.Length > 0), Is.True);
    }
}

public sealed class JobStressChartTests
{
    [Test]
    public void The_national_means_give_the_national_risk_of_100()
    {
        var male = JobStressChart.FromMeans(10, 8.7, 7.9, 7.5, 8.1, JobStressChartConstants.MaleDefault);
        var female = JobStressChart.FromMeans(10, 7.9, 7.2, 6.6, 8.2, JobStressChartConstants.FemaleDefault);

        Assert.That((male.QuantityControlRisk, male.SupportRisk, male.TotalRisk), Is.EqualTo((100.0, 100.0, 100.0)).Within(1e-9));
        Assert.That((female.QuantityControlRisk, female.SupportRisk, female.TotalRisk), Is.EqualTo((100.0, 100.0, 100.0)).Within(1e-9));
    }

    [Test]
    public void More_demand_and_less_control_raise_the_risk_as_the_formula_says()
    {
        var risk = JobStressChart.FromMeans(12, 10.7, 5.9, 7.5, 8.1, JobStressChartConstants.MaleDefault);

        var expected = 100 * Math.Exp((2 * 0.076) + (-2 * -0.089));
        Assert.That(risk.QuantityControlRisk, Is.EqualTo(expected).Within(1e-9));
        Assert.That(risk.SupportRisk, Is.EqualTo(100).Within(1e-9));
        Assert.That(risk.TotalRisk, Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void A_mixed_group_weights_each_sex_by_its_respondents()
    {
        var male = new JobStressRisk(3, 120, 100, 120);
        var female = new JobStressRisk(1, 80, 100, 80);

        var combined = JobStressChart.Combined(male, female)!;

        Assert.That((combined.Respondents, combined.QuantityControlRisk, combined.TotalRisk), Is.EqualTo((4, 110.0, 110.0)));
        Assert.That(JobStressChart.Combined(null, null), Is.Null);
    }

    [Test]
    public void Group_means_come_from_the_raw_scores_of_the_four_scales()
    {
        var answers = Answers.From(Enumerable.Repeat(2, Bjsq57.ItemCount).ToArray());

        var risk = JobStressChart.ForSex([answers, answers], JobStressChartConstants.MaleDefault)!;

        // All 2: quantity 9, control 9, supervisor 9, co-worker 9.
        var expected = JobStressChart.FromMeans(2, 9, 9, 9, 9, JobStressChartConstants.MaleDefault);
        Assert.That(risk, Is.EqualTo(expected));
    }
}

public sealed class GroupAnalysisTests
{
    [Test]
    public void Per_sex_sums_give_the_same_figures_as_the_respondents_themselves()
    {
        var random = new Random(11);
        var members = Enumerable.Range(0, 40).Select(i =>
        {
            var sex = i % 3 == 0 ? Sex.Male : Sex.Female;
            var answers = Answers.From(Enumerable.Range(0, Bjsq57.ItemCount).Select(_ => random.Next(1, 5)).ToArray());
            var result = StressScoring.Score(answers, sex, HighStressCriteria.SumDefault);
            return new Welfare.Modules.StressCheck.Domain.GroupAnalyses.GroupMember(sex, answers, [.. result.Scales.Select(s => s.Raw)], result.HighStress);
        }).ToList();

        var figures = Welfare.Modules.StressCheck.Domain.GroupAnalyses.GroupAnalysis.Compute(members, JobStressChartConstants.MaleDefault, JobStressChartConstants.FemaleDefault);

        var male = JobStressChart.ForSex([.. members.Where(m => m.Sex == Sex.Male).Select(m => m.Answers)], JobStressChartConstants.MaleDefault)!;
        Assert.That(figures.Respondents, Is.EqualTo(40));
        Assert.That(figures.MeanRawScores[0], Is.EqualTo(Math.Round(members.Average(m => (double)m.RawScores[0]), 2)));
        Assert.That(figures.HighStressShare, Is.EqualTo(Math.Round(members.Count(m => m.HighStress) / 40.0, 4)));
        Assert.That(figures.Male!.TotalRisk, Is.EqualTo(male.TotalRisk).Within(1e-9));
        Assert.That(figures.Combined!.Respondents, Is.EqualTo(40));
    }
}
