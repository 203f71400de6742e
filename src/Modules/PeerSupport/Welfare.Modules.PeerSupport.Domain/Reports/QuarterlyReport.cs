using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Domain.Reports;

/// <summary>
/// A quarter of the Japanese fiscal year (April to March): quarter 1 is April to June. The report on it
/// is due on the 10th of the first month of the next quarter (seed 000 第5).
/// </summary>
public readonly record struct FiscalQuarter(int FiscalYear, int Quarter)
{
    public DateOnly Start => new DateOnly(FiscalYear, 4, 1).AddMonths(3 * (Quarter - 1));

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public DateOnly DueOn => new(Start.AddMonths(3).Year, Start.AddMonths(3).Month, 10);

    public static FiscalQuarter Containing(DateOnly day)
    {
        var fiscalYear = day.Month >= 4 ? day.Year : day.Year - 1;
        var monthsIn = ((day.Month + 12 - 4) % 12);
        return new FiscalQuarter(fiscalYear, (monthsIn / 3) + 1);
    }

    /// <summary>A report is made only on a quarter that is over.</summary>
    public void EnsureEndedBefore(DateOnly today)
    {
        if (End >= today)
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.QuarterNotEnded);
        }
    }
}

/// <summary>One count of the report: the dimension (Category, Channel, Outcome) and its value.</summary>
public sealed record ReportCount(string Dimension, string Value, int Count);

/// <summary>
/// Form 4 (ピアサポート処理状況報告書): a department's counts of the consultations opened in a quarter,
/// never a name or content. A snapshot, never edited.
/// </summary>
public sealed class QuarterlyReport(
    Guid id, string departmentCode, int fiscalYear, int quarter, int totalCases, int urgentCases, IReadOnlyList<ReportCount> counts,
    string submittedBy, DateTimeOffset submittedAt)
{
    public Guid Id { get; private set; } = id;

    public string DepartmentCode { get; private set; } = departmentCode;

    public int FiscalYear { get; private set; } = fiscalYear;

    public int Quarter { get; private set; } = quarter;

    public int TotalCases { get; private set; } = totalCases;

    public int UrgentCases { get; private set; } = urgentCases;

    public IReadOnlyList<ReportCount> Counts { get; private set; } = counts;

    public string SubmittedBy { get; private set; } = submittedBy;

    public DateTimeOffset SubmittedAt { get; private set; } = submittedAt;
}
