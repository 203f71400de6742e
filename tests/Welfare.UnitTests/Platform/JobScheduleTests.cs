using Welfare.SharedKernel;
using Welfare.SharedKernel.Infrastructure.Scheduling;

namespace Welfare.UnitTests.Platform;

public sealed class JobScheduleTests
{
    private static DateTimeOffset Japan(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, JapanTime.Offset);

    [TestCase("monthly 29 02:00")]
    [TestCase("monthly 0 02:00")]
    [TestCase("weekly someday 09:00")]
    [TestCase("daily 25:00")]
    [TestCase("hourly")]
    [TestCase("")]
    public void A_schedule_that_not_every_period_has_or_that_is_malformed_is_refused(string text) =>
        Assert.Throws<FormatException>(() => JobSchedule.Parse(text));

    [Test]
    public void A_monthly_job_is_due_from_its_day_and_time_in_Japan_until_the_month_ends()
    {
        var schedule = JobSchedule.Parse("monthly 3 02:00");

        Assert.That(schedule.DuePeriodAt(Japan(2026, 8, 3, 1, 59)), Is.Null);
        Assert.That(schedule.DuePeriodAt(Japan(2026, 8, 3, 2, 0)), Is.EqualTo(new JobPeriod("2026-08", new(2026, 8, 1), new(2026, 8, 31))));
        Assert.That(schedule.DuePeriodAt(Japan(2026, 8, 31, 23, 59))!.Key, Is.EqualTo("2026-08"));
        Assert.That(schedule.DueAt(schedule.PeriodAt(Japan(2026, 8, 15, 0, 0))), Is.EqualTo(new DateTimeOffset(2026, 8, 2, 17, 0, 0, TimeSpan.Zero)));
        Assert.That(schedule.ToString(), Is.EqualTo("monthly 3 02:00"));
    }

    [Test]
    public void A_daily_job_counts_days_in_Japan_not_in_UTC()
    {
        var schedule = JobSchedule.Parse("daily 00:00");

        // 15:30 UTC on 31 July is already 1 August in Japan.
        Assert.That(schedule.DuePeriodAt(new DateTimeOffset(2026, 7, 31, 15, 30, 0, TimeSpan.Zero))!.Key, Is.EqualTo("2026-08-01"));
    }

    [Test]
    public void A_weekly_job_uses_ISO_weeks_that_may_start_in_the_previous_year()
    {
        var schedule = JobSchedule.Parse("weekly mon 09:00");

        var period = schedule.DuePeriodAt(Japan(2026, 1, 1, 12, 0));
        Assert.That(period, Is.EqualTo(new JobPeriod("2026-W01", new(2025, 12, 29), new(2026, 1, 4))));
        Assert.That(schedule.DuePeriodAt(Japan(2026, 8, 10, 8, 59)), Is.Null);
        Assert.That(schedule.DuePeriodAt(Japan(2026, 8, 10, 9, 0))!.Key, Is.EqualTo("2026-W33"));
    }
}
