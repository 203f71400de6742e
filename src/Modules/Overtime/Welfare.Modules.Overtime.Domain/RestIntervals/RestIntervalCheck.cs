using Welfare.Modules.Overtime.Domain.Rules;

namespace Welfare.Modules.Overtime.Domain.RestIntervals;

/// <summary>What the rest-interval rule says about one evening (seed 002 別添2, the Niigata example).</summary>
public sealed record RestIntervalFinding(
    bool OrderedPastCutoff,
    bool OrderedTooLong,
    bool WorkedPastProhibition,
    bool MustReportNextDay,
    bool IntervalRequired,
    DateTimeOffset? EarliestNextStart,
    ShiftedSchedule? ProposedNextDay);

/// <summary>
/// Applies the rest-interval rule to the end of a working day: ordered overtime past the cut-off or
/// longer than allowed, work after the prohibition time (to be reported the next day), the interval
/// before the next start, and the shifted next-day schedule from the rule's table.
/// </summary>
public static class RestIntervalCheck
{
    /// <param name="plannedOrderEnd">When the overtime order said the work would end, if it was ordered.</param>
    /// <param name="orderedHours">Hours ordered for the day.</param>
    /// <param name="workEnded">When the work actually ended (local time in Japan).</param>
    public static RestIntervalFinding Evaluate(RestIntervalRule rule, DateOnly day, TimeOnly? plannedOrderEnd, double orderedHours, DateTimeOffset workEnded)
    {
        var dayStart = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), workEnded.Offset);
        DateTimeOffset At(TimeOnly time) => dayStart + time.ToTimeSpan();

        var orderedPastCutoff = plannedOrderEnd is { } planned && planned > rule.OrderCutoff;
        var orderedTooLong = orderedHours > rule.MaxOrderedHoursPerDay;
        var pastProhibition = workEnded > At(rule.ProhibitedFrom);
        var intervalRequired = workEnded > At(rule.IntervalTriggeredAfter);

        ShiftedSchedule? proposed = null;
        if (intervalRequired)
        {
            // Past midnight counts as after the last row of the table.
            var endedAt = workEnded.Date > dayStart.Date ? TimeOnly.MaxValue : TimeOnly.FromTimeSpan(workEnded - dayStart);
            proposed = rule.ShiftedSchedules.FirstOrDefault(s => endedAt > s.EndedAfter && endedAt <= s.EndedBy)
                ?? rule.ShiftedSchedules.LastOrDefault();
        }

        return new RestIntervalFinding(
            orderedPastCutoff,
            orderedTooLong,
            pastProhibition,
            MustReportNextDay: pastProhibition,
            intervalRequired,
            intervalRequired ? workEnded.AddHours(rule.IntervalHours) : null,
            proposed);
    }
}
