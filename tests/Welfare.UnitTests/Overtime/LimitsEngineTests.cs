using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Limits;
using Welfare.Modules.Overtime.Domain.Rules;

namespace Welfare.UnitTests.Overtime;

/// <summary>The limits of shared/domain/overtime.md with the national defaults, at and around each boundary.</summary>
public sealed class LimitsEngineTests
{
    private static readonly OvertimeRules Rules = OvertimeRules.Defaults;

    private static LimitStatus Limit(LimitsEvaluation e, string name) => e.Limits.Single(l => l.Limit == name);

    private static List<MonthOvertime> Months(int fromYear, int fromMonth, DepartmentKind kind, params double[] hours) =>
        [.. hours.Select((h, i) =>
        {
            var index = (fromYear * 12) + fromMonth - 1 + i;
            return new MonthOvertime(index / 12, (index % 12) + 1, h, kind);
        })];

    [TestCase(45.0, false, 0.0, 90)]
    [TestCase(45.5, true, -0.5, 90)]
    [TestCase(22.5, false, 22.5, 50)]
    [TestCase(22.0, false, 23.0, null)]
    public void A_standard_month_allows_45_hours_inclusive(double hours, bool exceeded, double remaining, int? warning)
    {
        var month = Limit(LimitsEngine.Evaluate(Months(2026, 5, DepartmentKind.Standard, hours), 2026, 5, Rules), "month");

        Assert.That((month.Exceeded, month.Remaining, month.WarningPercentage), Is.EqualTo((exceeded, remaining, warning)));
    }

    [TestCase(99.9, false)]
    [TestCase(100.0, true)]
    public void An_other_driven_month_must_stay_strictly_under_100_hours(double hours, bool exceeded)
    {
        var evaluation = LimitsEngine.Evaluate(Months(2026, 5, DepartmentKind.OtherDriven, hours), 2026, 5, Rules);

        Assert.That(Limit(evaluation, "month").Exceeded, Is.EqualTo(exceeded));
    }

    [Test]
    public void The_year_sums_from_April_and_March_belongs_to_the_year_before()
    {
        var history = Months(2026, 1, DepartmentKind.Standard, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40);

        var march = LimitsEngine.Evaluate(history, 2026, 3, Rules);
        var october = LimitsEngine.Evaluate(history, 2026, 10, Rules);

        Assert.That(march.FiscalYear, Is.EqualTo(2025));
        Assert.That(Limit(march, "year").Hours, Is.EqualTo(120));
        Assert.That(october.FiscalYear, Is.EqualTo(2026));
        Assert.That(Limit(october, "year").Hours, Is.EqualTo(280));
    }

    [Test]
    public void A_standard_year_over_360_hours_is_exceeded()
    {
        var history = Months(2026, 4, DepartmentKind.Standard, 45, 45, 45, 45, 45, 45, 45, 45, 1);

        var evaluation = LimitsEngine.Evaluate(history, 2026, 12, Rules);

        Assert.That(Limit(evaluation, "year").Hours, Is.EqualTo(361));
        Assert.That(Limit(evaluation, "year").Exceeded, Is.True);
        Assert.That(Limit(evaluation, "month").Exceeded, Is.False);
    }

    [Test]
    public void Rolling_averages_of_2_to_6_months_cross_the_year_and_need_enough_history()
    {
        var history = Months(2026, 2, DepartmentKind.OtherDriven, 90, 71);

        var evaluation = LimitsEngine.Evaluate(history, 2026, 3, Rules);
        var first = LimitsEngine.Evaluate(history, 2026, 2, Rules);

        Assert.That(Limit(evaluation, "average-2-months").Hours, Is.EqualTo(80.5));
        Assert.That(Limit(evaluation, "average-2-months").Exceeded, Is.True);
        Assert.That(evaluation.Limits.Select(l => l.Limit), Has.None.EqualTo("average-3-months"));
        Assert.That(first.Limits.Select(l => l.Limit), Has.None.StartsWith("average"));
    }

    [Test]
    public void At_most_six_months_over_45_hours_in_an_other_driven_year()
    {
        var history = Months(2026, 4, DepartmentKind.OtherDriven, 46, 46, 46, 46, 46, 46, 46);

        var sixth = LimitsEngine.Evaluate(history, 2026, 9, Rules);
        var seventh = LimitsEngine.Evaluate(history, 2026, 10, Rules);

        Assert.That(Limit(sixth, "months-over-45h").Exceeded, Is.False);
        Assert.That(Limit(seventh, "months-over-45h").Exceeded, Is.True);
    }

    [Test]
    public void After_a_move_to_a_standard_department_the_transitional_limits_apply()
    {
        var history = Months(2026, 4, DepartmentKind.OtherDriven, 70, 70, 70).Concat(Months(2026, 7, DepartmentKind.Standard, 40, 45)).ToList();

        var evaluation = LimitsEngine.Evaluate(history, 2026, 8, Rules);

        Assert.That(evaluation.Transitional, Is.True);
        Assert.That(Limit(evaluation, "month").LimitHours, Is.EqualTo(45));
        Assert.That(Limit(evaluation, "after-transfer").LimitHours, Is.EqualTo(30 * 9), "July to March");
        Assert.That(Limit(evaluation, "after-transfer").Hours, Is.EqualTo(85));
        Assert.That(Limit(evaluation, "year").LimitHours, Is.EqualTo(720));
        Assert.That(Limit(evaluation, "year").Hours, Is.EqualTo(295));
    }

    [Test]
    public void The_year_can_start_in_another_month()
    {
        var rules = Rules with { YearStartMonth = 1 };
        var history = Months(2025, 12, DepartmentKind.Standard, 40, 30);

        var evaluation = LimitsEngine.Evaluate(history, 2026, 1, rules);

        Assert.That(evaluation.FiscalYear, Is.EqualTo(2026));
        Assert.That(Limit(evaluation, "year").Hours, Is.EqualTo(30));
    }
}
