using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Limits;

/// <summary>
/// One month of an employee's overtime, summed across departments, with the kind that governs it: a
/// month spent even partly in an other-driven department is governed by the other-driven limits.
/// </summary>
public sealed record MonthOvertime(int Year, int Month, double Hours, DepartmentKind Kind)
{
    public int Index => (Year * 12) + Month - 1;
}

/// <summary>One limit as it stands: hours against the limit, whether it is exceeded, what is left, the warning tier reached.</summary>
public sealed record LimitStatus(string Limit, double Hours, double LimitHours, LimitComparison Comparison, bool Exceeded, double Remaining, int? WarningPercentage);

public sealed record LimitsEvaluation(int Year, int Month, int FiscalYear, DepartmentKind Kind, bool Transitional, IReadOnlyList<LimitStatus> Limits)
{
    public bool AnyExceeded => Limits.Any(l => l.Exceeded);

    public int? HighestWarning => Limits.Max(l => l.WarningPercentage);
}

/// <summary>
/// The upper limits of shared/domain/overtime.md for one employee and month: monthly, annual, rolling
/// 2–6-month averages and the count of months over 45 h, with the transitional rule after a move from an
/// other-driven to a standard department.
/// </summary>
public static class LimitsEngine
{
    public static int FiscalYearOf(int year, int month, int startMonth) => month >= startMonth ? year : year - 1;

    /// <param name="history">The employee's months, any order; the evaluated month must be among them.</param>
    public static LimitsEvaluation Evaluate(IReadOnlyCollection<MonthOvertime> history, int year, int month, OvertimeRules rules)
    {
        var byIndex = history.ToDictionary(m => m.Index);
        var target = byIndex[(year * 12) + month - 1];
        var fiscalYear = FiscalYearOf(year, month, rules.YearStartMonth);
        var yearStart = (fiscalYear * 12) + rules.YearStartMonth - 1;
        var yearSoFar = Enumerable.Range(yearStart, target.Index - yearStart + 1).Select(i => byIndex.GetValueOrDefault(i)).OfType<MonthOvertime>().ToList();
        var lastOtherDriven = yearSoFar.Where(m => m.Kind == DepartmentKind.OtherDriven).Select(m => (int?)m.Index).Max();
        var transitional = target.Kind == DepartmentKind.Standard && lastOtherDriven is not null;

        var statuses = new List<LimitStatus>();
        var monthLimits = target.Kind == DepartmentKind.OtherDriven ? rules.OtherDriven : rules.Standard;
        statuses.Add(Status("month", target.Hours, monthLimits.MonthHours, monthLimits.MonthComparison, rules));

        // The year is governed by the other-driven limits once any of its months was other-driven.
        var yearLimits = lastOtherDriven is not null ? rules.OtherDriven : rules.Standard;
        statuses.Add(Status("year", yearSoFar.Sum(m => m.Hours), yearLimits.YearHours, LimitComparison.AtMost, rules));

        if (transitional)
        {
            var monthsAfterMove = yearStart + 12 - (lastOtherDriven!.Value + 1);
            var sinceMove = yearSoFar.Where(m => m.Index > lastOtherDriven).Sum(m => m.Hours);
            statuses.Add(Status("after-transfer", sinceMove, rules.TransitionalMonthlyHours * monthsAfterMove, LimitComparison.AtMost, rules));
        }

        if (target.Kind == DepartmentKind.OtherDriven)
        {
            var limits = rules.OtherDriven;
            foreach (var window in limits.RollingWindowMonths.Where(_ => limits.RollingAverageHours is not null))
            {
                var months = Enumerable.Range(target.Index - window + 1, window).Select(i => byIndex.GetValueOrDefault(i)).ToList();
                if (months.All(m => m is not null))
                {
                    statuses.Add(Status($"average-{window}-months", Math.Round(months.Average(m => m!.Hours), 2), limits.RollingAverageHours!.Value, LimitComparison.AtMost, rules));
                }
            }

            if (limits.MaxMonthsOverThreshold is { } maxMonths)
            {
                var over = yearSoFar.Count(m => m.Hours > limits.MonthThresholdHours);
                statuses.Add(new LimitStatus($"months-over-{limits.MonthThresholdHours}h", over, maxMonths, LimitComparison.AtMost, over > maxMonths, maxMonths - over, null));
            }
        }

        return new LimitsEvaluation(year, month, fiscalYear, target.Kind, transitional, statuses);
    }

    /// <summary>What a limit key of <see cref="LimitStatus.Limit"/> is called on forms and in files, with the unit it counts in.</summary>
    public static (LocalizedText Name, bool CountsMonths) Describe(string limit)
    {
        if (limit.StartsWith("average-", StringComparison.Ordinal) && int.TryParse(limit.AsSpan(8, limit.Length - 15), out var window))
        {
            return (new($"{window}か月平均の上限", $"{window}-month average limit"), false);
        }

        if (limit.StartsWith("months-over-", StringComparison.Ordinal))
        {
            var threshold = limit[12..^1];
            return (new($"{threshold}時間超の月数", $"Months over {threshold} h"), true);
        }

        return (limit switch
        {
            "month" => new("1か月の上限", "Monthly limit"),
            "year" => new("1年の上限", "Yearly limit"),
            "after-transfer" => new("異動後の上限", "Limit after the transfer"),
            "personal-cap" => new("個人の上限", "Personal cap"),
            _ => new(limit, limit),
        }, false);
    }

    private static LimitStatus Status(string name, double hours, double limit, LimitComparison comparison, OvertimeRules rules)
    {
        var exceeded = comparison == LimitComparison.AtMost ? hours > limit : hours >= limit;
        var warning = rules.WarningPercentages.Where(p => hours >= limit * p / 100).Select(p => (int?)p).Max();
        return new LimitStatus(name, hours, limit, comparison, exceeded, Math.Round(limit - hours, 2), warning);
    }
}
