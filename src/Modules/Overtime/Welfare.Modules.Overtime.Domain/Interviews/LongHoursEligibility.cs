using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Interviews;

public enum InterviewEligibility
{
    [Label("対象外", "Not eligible")]
    None,

    /// <summary>The employee may ask for an interview (a request counts as showing fatigue).</summary>
    [Label("申出により対象", "On request")]
    OnRequest,

    /// <summary>The employer must arrange the interview without a request.</summary>
    [Label("申出によらず対象", "Mandatory")]
    Mandatory,
}

/// <summary>The month's hours for health purposes and the tier they reach.</summary>
public sealed record EligibilityResult(double HealthOvertimeHours, double? RollingAverageHours, InterviewEligibility Eligibility, string? Tier, bool Exempt);

/// <summary>
/// Long-hours physician interviews (seed 002 §2(1)): overtime for this purpose is the month's total
/// working hours minus (days in the month ÷ 7) × 40; the tiers of the rule decide mandatory or on request.
/// </summary>
public static class LongHoursEligibility
{
    public static double HealthOvertimeHours(double totalWorkingHours, int year, int month) =>
        Math.Max(0, Math.Round(totalWorkingHours - (DateTime.DaysInMonth(year, month) / 7.0 * 40), 2));

    /// <param name="healthHours">This month's health-purpose overtime first, then the months before it (newest first).</param>
    /// <param name="interviewedLastMonthAndJudgedUnnecessary">The exemption: interviewed in the previous month and a physician judged a new one unnecessary.</param>
    public static EligibilityResult Evaluate(InterviewRule rule, IReadOnlyList<double> healthHours, bool interviewedLastMonthAndJudgedUnnecessary)
    {
        var month = healthHours[0];
        var averages = Enumerable.Range(2, 5).Where(n => healthHours.Count >= n).Select(n => healthHours.Take(n).Average()).ToList();
        var highestAverage = averages.Count == 0 ? (double?)null : Math.Round(averages.Max(), 2);

        bool Reaches(InterviewTier tier)
        {
            var hours = tier.OverRollingAverage ? highestAverage : month;
            return hours is { } h && (tier.Inclusive ? h >= tier.Hours : h > tier.Hours);
        }

        var reached = rule.Tiers.Where(Reaches).OrderByDescending(t => t.Mandatory).FirstOrDefault();
        var eligibility = reached is null ? InterviewEligibility.None : reached.Mandatory ? InterviewEligibility.Mandatory : InterviewEligibility.OnRequest;
        var exempt = eligibility != InterviewEligibility.None && interviewedLastMonthAndJudgedUnnecessary;
        return new EligibilityResult(month, highestAverage, exempt ? InterviewEligibility.None : eligibility, reached?.Name, exempt);
    }
}
