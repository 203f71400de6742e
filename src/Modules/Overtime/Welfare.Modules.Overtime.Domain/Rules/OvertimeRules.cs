using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Rules;

public enum LimitComparison
{
    /// <summary>≤: the limit itself is still allowed.</summary>
    [Label("以下", "At most")]
    AtMost,

    /// <summary>&lt;: the limit itself is already over (other-driven month: under 100 h).</summary>
    [Label("未満", "Under")]
    StrictlyUnder,
}

/// <summary>The upper limits of one department kind (shared/domain/overtime.md, "Upper limits").</summary>
public sealed record DepartmentLimits(
    int MonthHours,
    LimitComparison MonthComparison,
    int YearHours,
    int? RollingAverageHours,
    IReadOnlyList<int> RollingWindowMonths,
    int? MaxMonthsOverThreshold,
    int MonthThresholdHours);

/// <summary>The shifted next-day schedule after late overtime (Niigata example, seed 002 別添2).</summary>
public sealed record ShiftedSchedule(TimeOnly EndedAfter, TimeOnly EndedBy, TimeOnly NextStart, TimeOnly NextEnd);

/// <summary>The rest-interval rule (勤務間インターバル).</summary>
public sealed record RestIntervalRule(
    TimeOnly OrderCutoff,
    int MaxOrderedHoursPerDay,
    TimeOnly LatestExtension,
    TimeOnly ProhibitedFrom,
    TimeOnly IntervalTriggeredAfter,
    int IntervalHours,
    IReadOnlyList<ShiftedSchedule> ShiftedSchedules);

/// <summary>A tier of the long-hours interview: at or above / over these hours, mandatory or on request.</summary>
public sealed record InterviewTier(string Name, double Hours, bool Inclusive, bool OverRollingAverage, bool Mandatory);

public sealed record InterviewRule(int ReferenceDay, IReadOnlyList<InterviewTier> Tiers);

/// <summary>
/// Every number of the overtime scheme as data (<see cref="TransitionalMonthlyHours"/>: after a move from an
/// other-driven to a standard department, at most this many hours times the remaining months of the year;
/// <see cref="OrderBackdateDays"/>: an order is given in advance, or recorded at most this many days late) with the national defaults (人事院規則15-14 and its
/// municipal copies); an employer changes them by issuing a new rule set from a date.
/// </summary>
public sealed record OvertimeRules(
    int YearStartMonth,
    DepartmentLimits Standard,
    DepartmentLimits OtherDriven,
    IReadOnlyList<int> WarningPercentages,
    int DiscrepancyToleranceMinutes,
    double OtherDrivenShareWarning,
    RestIntervalRule RestInterval,
    InterviewRule Interview,
    int PostReturnNoOvertimeMonths,
    int TransitionalMonthlyHours = 30,
    int OrderBackdateDays = 3)
{
    public const int LongestRollingWindow = 6;

    public static readonly OvertimeRules Defaults = new(
        YearStartMonth: 4,
        Standard: new DepartmentLimits(45, LimitComparison.AtMost, 360, null, [], null, 45),
        OtherDriven: new DepartmentLimits(100, LimitComparison.StrictlyUnder, 720, 80, [2, 3, 4, 5, 6], 6, 45),
        WarningPercentages: [50, 70, 80, 90],
        DiscrepancyToleranceMinutes: 30,
        OtherDrivenShareWarning: 0.5,
        RestInterval: new RestIntervalRule(
            new TimeOnly(20, 0), 3, new TimeOnly(22, 0), new TimeOnly(22, 0), new TimeOnly(22, 30), 10,
            [
                new(new TimeOnly(22, 30), new TimeOnly(23, 0), new TimeOnly(9, 0), new TimeOnly(17, 45)),
                new(new TimeOnly(23, 0), new TimeOnly(23, 30), new TimeOnly(9, 30), new TimeOnly(18, 15)),
                new(new TimeOnly(23, 30), new TimeOnly(23, 59), new TimeOnly(10, 0), new TimeOnly(18, 45)),
            ]),
        Interview: new InterviewRule(1,
        [
            new("month-100h", 100, Inclusive: true, OverRollingAverage: false, Mandatory: true),
            new("average-80h", 80, Inclusive: false, OverRollingAverage: true, Mandatory: true),
            new("month-80h-on-request", 80, Inclusive: false, OverRollingAverage: false, Mandatory: false),
        ]),
        PostReturnNoOvertimeMonths: 3,
        TransitionalMonthlyHours: 30,
        OrderBackdateDays: 3);
}
