using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.Modules.PeerSupport.Domain.Reports;

namespace Welfare.Modules.PeerSupport.Application.Reports;

/// <summary>Form 4: counts only, every category, channel and outcome listed (zero included).</summary>
public sealed record QuarterlyReportDto(
    Guid Id,
    int Form,
    string DepartmentCode,
    int FiscalYear,
    int Quarter,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateOnly DueOn,
    int TotalCases,
    int UrgentCases,
    IReadOnlyDictionary<string, int> ByCategory,
    IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyDictionary<string, int> ByOutcome,
    string SubmittedBy,
    DateTimeOffset SubmittedAt)
{
    internal static QuarterlyReportDto From(QuarterlyReport r)
    {
        var quarter = new FiscalQuarter(r.FiscalYear, r.Quarter);
        return new QuarterlyReportDto(r.Id, 4, r.DepartmentCode, r.FiscalYear, r.Quarter, quarter.Start, quarter.End, quarter.DueOn, r.TotalCases, r.UrgentCases,
            Counts<ConsultationCategory>(r, "Category"), Counts<ConsultationChannel>(r, "Channel"), Counts<ConsultationOutcome>(r, "Outcome"), r.SubmittedBy, r.SubmittedAt);
    }

    private static IReadOnlyDictionary<string, int> Counts<TEnum>(QuarterlyReport r, string dimension)
        where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Where(n => n != nameof(ConsultationCategory.WorkProcedures))
            .ToDictionary(n => n, n => r.Counts.SingleOrDefault(c => c.Dimension == dimension && c.Value == n)?.Count ?? 0);
}

/// <summary>A department that had cases in a quarter whose report is past due and missing.</summary>
public sealed record OverdueReportDto(string DepartmentCode, int FiscalYear, int Quarter, DateOnly DueOn, int Cases);
