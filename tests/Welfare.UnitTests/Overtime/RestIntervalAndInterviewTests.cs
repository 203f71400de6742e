using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.Modules.Overtime.Domain.Rules;

namespace Welfare.UnitTests.Overtime;

public sealed class RestIntervalTests
{
    private static readonly RestIntervalRule Rule = OvertimeRules.Defaults.RestInterval;
    private static readonly DateOnly Day = new(2026, 6, 10);
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private static DateTimeOffset At(int hour, int minute, int dayOffset = 0) =>
        new(Day.AddDays(dayOffset).ToDateTime(new TimeOnly(hour, minute)), Jst);

    [Test]
    public void An_evening_that_ends_by_the_cutoff_asks_for_nothing()
    {
        var finding = RestIntervalCheck.Evaluate(Rule, Day, new TimeOnly(20, 0), 2.75, At(20, 0));

        Assert.That(finding, Is.EqualTo(new RestIntervalFinding(false, false, false, false, false, null, null)));
    }

    [Test]
    public void Orders_past_20_00_or_longer_than_3_hours_are_flagged()
    {
        var finding = RestIntervalCheck.Evaluate(Rule, Day, new TimeOnly(21, 0), 3.5, At(21, 0));

        Assert.That((finding.OrderedPastCutoff, finding.OrderedTooLong, finding.WorkedPastProhibition), Is.EqualTo((true, true, false)));
    }

    [TestCase(22, 31, 9, 0)]
    [TestCase(23, 0, 9, 0)]
    [TestCase(23, 1, 9, 30)]
    [TestCase(23, 30, 9, 30)]
    [TestCase(23, 31, 10, 0)]
    public void Late_work_requires_a_10_hour_interval_and_shifts_the_next_day(int hour, int minute, int nextHour, int nextMinute)
    {
        var finding = RestIntervalCheck.Evaluate(Rule, Day, null, 0, At(hour, minute));

        Assert.That(finding.WorkedPastProhibition, Is.True);
        Assert.That(finding.MustReportNextDay, Is.True);
        Assert.That(finding.IntervalRequired, Is.True);
        Assert.That(finding.EarliestNextStart, Is.EqualTo(At(hour, minute).AddHours(10)));
        Assert.That(finding.ProposedNextDay!.NextStart, Is.EqualTo(new TimeOnly(nextHour, nextMinute)));
    }

    [Test]
    public void Work_after_22_00_but_not_past_22_30_is_reported_without_an_interval()
    {
        var finding = RestIntervalCheck.Evaluate(Rule, Day, null, 0, At(22, 20));

        Assert.That((finding.MustReportNextDay, finding.IntervalRequired), Is.EqualTo((true, false)));
    }

    [Test]
    public void Work_past_midnight_takes_the_last_row_of_the_table()
    {
        var finding = RestIntervalCheck.Evaluate(Rule, Day, null, 0, At(0, 40, dayOffset: 1));

        Assert.That(finding.ProposedNextDay!.NextStart, Is.EqualTo(new TimeOnly(10, 0)));
        Assert.That(finding.EarliestNextStart, Is.EqualTo(At(10, 40, dayOffset: 1)));
    }
}

public sealed class LongHoursEligibilityTests
{
    private static readonly InterviewRule Rule = OvertimeRules.Defaults.Interview;

    [TestCase(2026, 2, 200.0, 40.0)]
    [TestCase(2026, 5, 200.0, 22.86)]
    [TestCase(2026, 4, 150.0, 0.0)]
    public void Health_overtime_is_total_hours_minus_days_over_7_times_40(int year, int month, double total, double expected) =>
        Assert.That(LongHoursEligibility.HealthOvertimeHours(total, year, month), Is.EqualTo(expected));

    [TestCase(new[] { 100.0 }, "Mandatory", "month-100h")]
    [TestCase(new[] { 99.9 }, "OnRequest", "month-80h-on-request")]
    [TestCase(new[] { 80.0 }, "None", null)]
    [TestCase(new[] { 75.0, 86.0 }, "Mandatory", "average-80h")]
    [TestCase(new[] { 70.0, 90.0 }, "None", null)]
    [TestCase(new[] { 60.0, 90.0, 91.0 }, "Mandatory", "average-80h")]
    [TestCase(new[] { 79.0, 82.0, 82.0 }, "Mandatory", "average-80h")]
    public void The_national_tiers_decide_mandatory_or_on_request(double[] hours, string eligibility, string? tier)
    {
        var result = LongHoursEligibility.Evaluate(Rule, hours, interviewedLastMonthAndJudgedUnnecessary: false);

        Assert.That(result.Eligibility.ToString(), Is.EqualTo(eligibility));
        Assert.That(result.Tier, Is.EqualTo(tier));
    }

    [Test]
    public void An_interview_last_month_judged_unnecessary_exempts_this_month()
    {
        var result = LongHoursEligibility.Evaluate(Rule, [105.0], interviewedLastMonthAndJudgedUnnecessary: true);

        Assert.That((result.Eligibility, result.Exempt, result.Tier), Is.EqualTo((InterviewEligibility.None, true, "month-100h")));
    }

    [Test]
    public void An_employer_can_add_a_tier()
    {
        var rule = Rule with { Tiers = [.. Rule.Tiers, new InterviewTier("month-45h-on-request", 45, Inclusive: false, OverRollingAverage: false, Mandatory: false)] };

        var result = LongHoursEligibility.Evaluate(rule, [50.0], false);

        Assert.That((result.Eligibility, result.Tier), Is.EqualTo((InterviewEligibility.OnRequest, "month-45h-on-request")));
    }
}
