using Welfare.Modules.Overtime.Application.Limits;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Overtime.Domain.Limits;
using Welfare.Modules.Overtime.Domain.Rules;

namespace Welfare.UnitTests.Overtime;

/// <summary>Every limit just at and just past its boundary, and the kind of each month around a mid-year transfer.</summary>
public sealed class LimitBoundaryTests
{
    private static readonly OvertimeRules Rules = OvertimeRules.Defaults;

    private static LimitStatus Limit(LimitsEvaluation e, string name) => e.Limits.Single(l => l.Limit == name);

    private static List<MonthOvertime> Months(int fromYear, int fromMonth, DepartmentKind kind, params double[] hours) =>
        [.. hours.Select((h, i) =>
        {
            var index = (fromYear * 12) + fromMonth - 1 + i;
            return new MonthOvertime(index / 12, (index % 12) + 1, h, kind);
        })];

    [TestCase(45.0, false)]
    [TestCase(45.01, true)]
    public void Standard_month_45_is_allowed_and_45_01_is_over(double hours, bool exceeded) =>
        Assert.That(Limit(LimitsEngine.Evaluate(Months(2026, 6, DepartmentKind.Standard, hours), 2026, 6, Rules), "month").Exceeded, Is.EqualTo(exceeded));

    [TestCase(99.99, false)]
    [TestCase(100.0, true)]
    public void Other_driven_month_99_99_is_allowed_and_100_is_over(double hours, bool exceeded) =>
        Assert.That(Limit(LimitsEngine.Evaluate(Months(2026, 6, DepartmentKind.OtherDriven, hours), 2026, 6, Rules), "month").Exceeded, Is.EqualTo(exceeded));

    [TestCase(360.0, false)]
    [TestCase(360.01, true)]
    public void Standard_year_360_is_allowed_and_a_minute_more_is_over(double total, bool exceeded)
    {
        var history = Months(2026, 4, DepartmentKind.Standard, 40, 40, 40, 40, 40, 40, 40, 40, total - 320);

        Assert.That(Limit(LimitsEngine.Evaluate(history, 2026, 12, Rules), "year").Exceeded, Is.EqualTo(exceeded));
    }

    [TestCase(720.0, false)]
    [TestCase(720.01, true)]
    public void Other_driven_year_720_is_allowed_and_a_minute_more_is_over(double total, bool exceeded)
    {
        var history = Months(2026, 4, DepartmentKind.OtherDriven, 80, 80, 80, 80, 80, 80, 80, 80, total - 640);

        Assert.That(Limit(LimitsEngine.Evaluate(history, 2026, 12, Rules), "year").Exceeded, Is.EqualTo(exceeded));
    }

    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    public void Each_rolling_window_allows_an_80_hour_average_and_not_a_minute_more(int window)
    {
        // The window's months average exactly 80 h; the months before it are light, so only this window is at the edge.
        var hours = Enumerable.Repeat(80.0, window).ToArray();
        var before = Enumerable.Repeat(10.0, 6 - window).ToArray();
        var at = Months(2025, 10, DepartmentKind.OtherDriven, [.. before, .. hours]);
        var over = Months(2025, 10, DepartmentKind.OtherDriven, [.. before, .. hours.Take(window - 1), 80.06]);

        var atEvaluation = LimitsEngine.Evaluate(at, 2026, 3, Rules);
        var overEvaluation = LimitsEngine.Evaluate(over, 2026, 3, Rules);

        Assert.That(Limit(atEvaluation, $"average-{window}-months").Exceeded, Is.False);
        Assert.That(Limit(overEvaluation, $"average-{window}-months").Exceeded, Is.True, $"average {Limit(overEvaluation, $"average-{window}-months").Hours}");
    }

    [Test]
    public void The_sixth_month_over_45_hours_is_allowed_and_the_seventh_is_not()
    {
        var history = Months(2026, 4, DepartmentKind.OtherDriven, 45.01, 45.01, 45.01, 45.01, 45.01, 45.01, 45.01);

        Assert.That(Limit(LimitsEngine.Evaluate(history, 2026, 9, Rules), "months-over-45h").Exceeded, Is.False);
        Assert.That(Limit(LimitsEngine.Evaluate(history, 2026, 10, Rules), "months-over-45h").Exceeded, Is.True);
        Assert.That(Limit(LimitsEngine.Evaluate(Months(2026, 4, DepartmentKind.OtherDriven, 45, 45, 45, 45, 45, 45, 45), 2026, 10, Rules), "months-over-45h").Hours,
            Is.Zero, "exactly 45 h is not over 45 h");
    }

    [Test]
    public void A_mid_year_transfer_makes_the_transfer_month_other_driven_and_the_next_standard()
    {
        var employee = new DirectoryEmployee
        {
            EmployeeId = "E1", Sex = "Female", EmploymentType = "Regular", AppointingAuthority = "Governor", GradeCode = "G1", Status = "Active",
            Assignments =
            [
                new DirectoryAssignment { Id = 1, EmployeeId = "E1", DepartmentCode = "D-OTHER", From = new DateOnly(2026, 4, 1), To = new DateOnly(2026, 7, 15) },
                new DirectoryAssignment { Id = 2, EmployeeId = "E1", DepartmentCode = "D-STD", From = new DateOnly(2026, 7, 16) },
            ],
        };
        var designations = new Dictionary<string, List<OtherDrivenDesignation>>
        {
            ["D-OTHER"] = [new OtherDrivenDesignation(Guid.NewGuid(), "D-OTHER", new DateOnly(2026, 4, 1), null, "窓口", "W1", DateTimeOffset.UnixEpoch)],
        };

        var kinds = Enumerable.Range(6, 3).Select(m => LimitsCalculator.KindOf(employee, 2026, m, designations)).ToList();

        Assert.That(kinds, Is.EqualTo(new[] { DepartmentKind.OtherDriven, DepartmentKind.OtherDriven, DepartmentKind.Standard }));

        // Hours sum across both departments for the year; August onwards is held to the transitional limits.
        var history = Months(2026, 4, DepartmentKind.OtherDriven, 60, 60, 60, 60).Concat(Months(2026, 8, DepartmentKind.Standard, 30)).ToList();
        var august = LimitsEngine.Evaluate(history, 2026, 8, Rules);
        Assert.That(august.Transitional, Is.True);
        Assert.That(Limit(august, "year").Hours, Is.EqualTo(270));
        Assert.That(Limit(august, "after-transfer").LimitHours, Is.EqualTo(30 * 8), "August to March");
    }
}
