using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Schedules;

/// <summary>
/// An employee's regular working day from a date (default 8:30–17:15 with a 12:00–13:00 break): the base
/// from which daily overtime and the shifted next-day schedule after late work are derived.
/// </summary>
public sealed class WorkSchedule
{
    public static readonly (TimeOnly Start, TimeOnly End, TimeOnly BreakStart, TimeOnly BreakEnd) Default =
        (new TimeOnly(8, 30), new TimeOnly(17, 15), new TimeOnly(12, 0), new TimeOnly(13, 0));

    public WorkSchedule(Guid id, string employeeId, DateOnly from, TimeOnly start, TimeOnly end, TimeOnly breakStart, TimeOnly breakEnd, string setBy, DateTimeOffset setAt)
    {
        if (!(start < breakStart && breakStart <= breakEnd && breakEnd < end))
        {
            throw new BusinessRuleViolationException(OvertimeProblems.ScheduleOutOfOrder);
        }

        Id = id;
        EmployeeId = employeeId;
        From = from;
        Start = start;
        End = end;
        BreakStart = breakStart;
        BreakEnd = breakEnd;
        SetBy = setBy;
        SetAt = setAt;
    }

    public Guid Id { get; private set; }

    public string EmployeeId { get; private set; }

    public DateOnly From { get; private set; }

    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }

    public TimeOnly BreakStart { get; private set; }

    public TimeOnly BreakEnd { get; private set; }

    public string SetBy { get; private set; }

    public DateTimeOffset SetAt { get; private set; }

    /// <summary>Regular working time of one day, without the break.</summary>
    public TimeSpan DailyHours => End - Start - (BreakEnd - BreakStart);
}
