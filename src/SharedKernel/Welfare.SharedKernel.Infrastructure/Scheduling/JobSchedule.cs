using System.Globalization;

namespace Welfare.SharedKernel.Infrastructure.Scheduling;

public enum JobFrequency
{
    Daily,
    Weekly,
    Monthly,
}

/// <summary>
/// One period of a job, in Japan's calendar: the job runs once for it. <see cref="Key"/> is what
/// <c>platform.job_runs</c> records ("2026-05-03", "2026-W19", "2026-05").
/// </summary>
public sealed record JobPeriod(string Key, DateOnly Start, DateOnly End);

/// <summary>
/// When a job becomes due in each of its periods, in Japan time (the employers' calendar):
/// <c>daily 03:00</c>, <c>weekly mon 09:00</c> (ISO weeks, Monday first) or <c>monthly 3 02:00</c> (day 1–28,
/// so every month has it). A period's run may happen at any wake-up from its due time to the period's end.
/// </summary>
public sealed record JobSchedule(JobFrequency Frequency, int Day, TimeOnly At)
{
    private static readonly string[] WeekDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static JobSchedule Parse(string text)
    {
        var parts = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        JobSchedule? schedule = parts switch
        {
            ["daily", var at] when TryTime(at, out var t) => new(JobFrequency.Daily, 0, t),
            ["weekly", var day, var at] when Array.IndexOf(WeekDays, day.ToLowerInvariant()) is >= 0 and var d && TryTime(at, out var t)
                => new(JobFrequency.Weekly, d, t),
            ["monthly", var day, var at] when int.TryParse(day, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 28 && TryTime(at, out var t)
                => new(JobFrequency.Monthly, d, t),
            _ => null,
        };
        return schedule ?? throw new FormatException(
            $"'{text}' is not a job schedule: use 'daily HH:mm', 'weekly mon..sun HH:mm' or 'monthly 1..28 HH:mm' (Japan time).");
    }

    /// <summary>The period that contains this instant (in Japan), whether or not it is due yet.</summary>
    public JobPeriod PeriodAt(DateTimeOffset instant)
    {
        var today = JapanTime.DayOf(instant);
        switch (Frequency)
        {
            case JobFrequency.Daily:
                return new(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today, today);
            case JobFrequency.Weekly:
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                var date = monday.ToDateTime(TimeOnly.MinValue);
                var key = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date):0000}-W{ISOWeek.GetWeekOfYear(date):00}");
                return new(key, monday, monday.AddDays(6));
            default:
                var first = new DateOnly(today.Year, today.Month, 1);
                return new(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), first, first.AddMonths(1).AddDays(-1));
        }
    }

    /// <summary>When the period's run becomes due (UTC).</summary>
    public DateTimeOffset DueAt(JobPeriod period)
    {
        var day = Frequency == JobFrequency.Daily ? period.Start : period.Start.AddDays(Frequency == JobFrequency.Weekly ? Day : Day - 1);
        return new DateTimeOffset(day.ToDateTime(At), JapanTime.Offset).ToUniversalTime();
    }

    /// <summary>The current period if its due time has come, else null.</summary>
    public JobPeriod? DuePeriodAt(DateTimeOffset instant)
    {
        var period = PeriodAt(instant);
        return instant >= DueAt(period) ? period : null;
    }

    public override string ToString() => Frequency switch
    {
        JobFrequency.Daily => $"daily {At:HH\\:mm}",
        JobFrequency.Weekly => $"weekly {WeekDays[Day]} {At:HH\\:mm}",
        _ => string.Create(CultureInfo.InvariantCulture, $"monthly {Day} {At:HH\\:mm}"),
    };

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
