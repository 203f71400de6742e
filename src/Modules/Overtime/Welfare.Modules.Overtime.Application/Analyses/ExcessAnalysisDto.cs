using Welfare.Modules.Overtime.Domain.Analyses;

namespace Welfare.Modules.Overtime.Application.Analyses;

/// <summary>Items ①–⑤ of seed 002 §1(3), the analysis and countermeasures, and whether it is overdue.</summary>
public sealed record ExcessAnalysisDto(
    Guid Id,
    string DepartmentCode,
    string EmployeeId,
    int FiscalYear,
    int Year,
    int Month,
    string Limit,
    double LimitHours,
    double Hours,
    Guid? OrderId,
    DateOnly DueOn,
    bool Overdue,
    ExcessAnalysisStatus Status,
    DateTimeOffset OpenedAt,
    string? WorkSummary,
    string? WhyUnavoidable,
    string? Analysis,
    string? AnalysedBy,
    DateTimeOffset? AnalysedAt,
    string? Countermeasures,
    string? CountermeasuresBy,
    DateTimeOffset? CountermeasuresAt)
{
    public static ExcessAnalysisDto From(ExcessAnalysis a, DateOnly today) => new(
        a.Id, a.DepartmentCode, a.EmployeeId, a.FiscalYear, a.Year, a.Month, a.Limit, a.LimitHours, a.Hours, a.OrderId, a.DueOn, a.IsOverdue(today), a.Status,
        a.OpenedAt, a.WorkSummary, a.WhyUnavoidable, a.Analysis, a.AnalysedBy, a.AnalysedAt, a.Countermeasures, a.CountermeasuresBy, a.CountermeasuresAt);
}
