namespace Welfare.Modules.ReturnToWork.Domain.PreReturns;

/// <summary>
/// The standard schedule of art. 11(1): week 1 8:30–12:00; the middle weeks 8:30–12:00 plus an afternoon
/// extended one hour a week (14:00, 15:00, … up to 17:00); from week 4 on, the last week 8:30–17:15.
/// A plan may only be lighter: start no earlier, end no later, no more days.
/// </summary>
public static class StandardSchedule
{
    public static readonly TimeOnly DayStart = new(8, 30);
    public static readonly TimeOnly Noon = new(12, 0);
    public static readonly TimeOnly DayEnd = new(17, 15);
    public const int DaysPerWeek = 5;

    public static PlanWeek Week(int week, int weeks)
    {
        if (week == 1)
        {
            return new PlanWeek(1, DayStart, Noon, DaysPerWeek);
        }

        if (week == weeks && weeks >= 4)
        {
            return new PlanWeek(week, DayStart, DayEnd, DaysPerWeek);
        }

        var end = new TimeOnly(Math.Min(13 + (week - 1), 17), 0);
        return new PlanWeek(week, DayStart, end, DaysPerWeek);
    }

    public static IReadOnlyList<PlanWeek> For(int weeks) => [.. Enumerable.Range(1, weeks).Select(w => Week(w, weeks))];

    public static bool IsNoHeavier(PlanWeek planned, int weeks)
    {
        var standard = Week(planned.Week, weeks);
        return planned.Start >= standard.Start && planned.End <= standard.End && planned.DaysPerWeek <= standard.DaysPerWeek;
    }
}
