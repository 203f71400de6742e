using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Domain.Analyses;

public enum ExcessAnalysisStatus
{
    /// <summary>Opened: the department head owes items ④ and ⑤ and the analysis.</summary>
    [Label("分析待ち", "Open")]
    Open,

    /// <summary>The department head has analysed it; the personnel officer owes the countermeasures.</summary>
    [Label("分析済み（対策待ち）", "Analysed")]
    Analysed,

    /// <summary>Countermeasures recorded.</summary>
    [Label("対策記録済み", "Closed")]
    Closed,
}

/// <summary>
/// 要因の整理・分析・検証 (seed 002 §1(3)): for an employee ordered beyond a limit, ① department, ② employee,
/// ③ hours and the limit that applied, ④ what work went beyond it, ⑤ why staffing or re-dividing the work
/// could not avoid it; then the analysis and the organisation's countermeasures. Due six months after the
/// end of the fiscal year. One record per employee, month and limit; later excesses update its hours.
/// </summary>
public sealed class ExcessAnalysis : IVersioned
{
    public ExcessAnalysis(Guid id, string employeeId, string departmentCode, int fiscalYear, int year, int month, string limit, double limitHours, double hours,
        Guid? orderId, DateOnly dueOn, DateTimeOffset openedAt)
    {
        Id = id;
        EmployeeId = employeeId;
        DepartmentCode = departmentCode;
        FiscalYear = fiscalYear;
        Year = year;
        Month = month;
        Limit = limit;
        LimitHours = limitHours;
        Hours = hours;
        OrderId = orderId;
        DueOn = dueOn;
        OpenedAt = openedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The stored row version (docs/adr/0011); persistence sets it.</summary>
    public uint Version { get; private set; }

    public string EmployeeId { get; private set; }

    public string DepartmentCode { get; private set; }

    public int FiscalYear { get; private set; }

    public int Year { get; private set; }

    public int Month { get; private set; }

    public string Limit { get; private set; }

    public double LimitHours { get; private set; }

    public double Hours { get; private set; }

    /// <summary>The special-business order that first went beyond the limit; null when found by the month's close.</summary>
    public Guid? OrderId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public ExcessAnalysisStatus Status { get; private set; }

    public string? WorkSummary { get; private set; }

    public string? WhyUnavoidable { get; private set; }

    public string? Analysis { get; private set; }

    public string? AnalysedBy { get; private set; }

    public DateTimeOffset? AnalysedAt { get; private set; }

    public string? Countermeasures { get; private set; }

    public string? CountermeasuresBy { get; private set; }

    public DateTimeOffset? CountermeasuresAt { get; private set; }

    /// <summary>Six months after the end of the fiscal year (seed 002 §1(3)): 30 September for an April year.</summary>
    public static DateOnly DueFor(int fiscalYear, int yearStartMonth) =>
        new DateOnly(fiscalYear, yearStartMonth, 1).AddYears(1).AddMonths(6).AddDays(-1);

    public bool IsOverdue(DateOnly today) => Status != ExcessAnalysisStatus.Closed && today > DueOn;

    public void RaiseHours(double hours) => Hours = Math.Max(Hours, hours);

    public void RecordAnalysis(string workSummary, string whyUnavoidable, string analysis, string by, DateTimeOffset at)
    {
        if (Status == ExcessAnalysisStatus.Closed)
        {
            throw new ConflictException(OvertimeProblems.AnalysisClosed);
        }

        WorkSummary = workSummary;
        WhyUnavoidable = whyUnavoidable;
        Analysis = analysis;
        AnalysedBy = by;
        AnalysedAt = at;
        Status = ExcessAnalysisStatus.Analysed;
    }

    public void RecordCountermeasures(string countermeasures, string by, DateTimeOffset at)
    {
        if (Status == ExcessAnalysisStatus.Open)
        {
            throw new BusinessRuleViolationException(OvertimeProblems.AnalysisNotDone);
        }

        Countermeasures = countermeasures;
        CountermeasuresBy = by;
        CountermeasuresAt = at;
        Status = ExcessAnalysisStatus.Closed;
    }
}
