using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.GroupAnalyses;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses;

/// <summary>
/// Computes departments' figures from the latest submissions (department as of the opening date). The
/// database sums up per department and sex; only those sums travel, never the answers.
/// </summary>
internal sealed class GroupAnalysisCalculator(IStressCheckDbContext db, JobStressChartSettings chart)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(GroupAnalysisFigures Figures, bool EveryoneConsented)> ComputeAsync(Campaign campaign, string departmentCode, CancellationToken cancellationToken)
    {
        var figures = (await ComputeAllAsync(campaign, [departmentCode], cancellationToken)).GetValueOrDefault(departmentCode)
            ?? GroupAnalysis.FromAggregates([], chart.Male, chart.Female);
        var consented = await db.Consents.AsNoTracking()
            .CountAsync(c => c.CampaignId == campaign.Id && c.WithdrawnAt == null
                && db.Submissions.Any(s => s.CampaignId == campaign.Id && s.IsLatest && s.DepartmentCode == departmentCode && s.EmployeeId == c.EmployeeId), cancellationToken);
        return (figures, figures.Respondents > 0 && consented == figures.Respondents);
    }

    /// <summary>Every department's figures in one query (or those of <paramref name="departments"/> when given).</summary>
    public async Task<IReadOnlyDictionary<string, GroupAnalysisFigures>> ComputeAllAsync(Campaign campaign, IReadOnlyCollection<string>? departments, CancellationToken cancellationToken)
    {
        var latest = db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.IsLatest);
        if (departments is not null)
        {
            latest = latest.Where(s => departments.Contains(s.DepartmentCode));
        }

        var rows = await latest
            .GroupBy(s => new { s.DepartmentCode, s.Sex })
            .Select(g => new
            {
                g.Key.DepartmentCode,
                g.Key.Sex,
                Respondents = g.Count(),
                HighStress = g.Count(s => s.HighStress),
                M0 = g.Average(s => s.RawScores[0]), M1 = g.Average(s => s.RawScores[1]), M2 = g.Average(s => s.RawScores[2]),
                M3 = g.Average(s => s.RawScores[3]), M4 = g.Average(s => s.RawScores[4]), M5 = g.Average(s => s.RawScores[5]),
                M6 = g.Average(s => s.RawScores[6]), M7 = g.Average(s => s.RawScores[7]), M8 = g.Average(s => s.RawScores[8]),
                M9 = g.Average(s => s.RawScores[9]), M10 = g.Average(s => s.RawScores[10]), M11 = g.Average(s => s.RawScores[11]),
                M12 = g.Average(s => s.RawScores[12]), M13 = g.Average(s => s.RawScores[13]), M14 = g.Average(s => s.RawScores[14]),
                M15 = g.Average(s => s.RawScores[15]), M16 = g.Average(s => s.RawScores[16]), M17 = g.Average(s => s.RawScores[17]),
                M18 = g.Average(s => s.RawScores[18]),
            })
            .ToListAsync(cancellationToken);

        return rows.GroupBy(r => r.DepartmentCode).ToDictionary(
            d => d.Key,
            d => GroupAnalysis.FromAggregates(
                [.. d.Select(r => new SexAggregate(r.Sex, r.Respondents, r.HighStress,
                    [r.M0, r.M1, r.M2, r.M3, r.M4, r.M5, r.M6, r.M7, r.M8, r.M9, r.M10, r.M11, r.M12, r.M13, r.M14, r.M15, r.M16, r.M17, r.M18]))],
                chart.Male,
                chart.Female),
            StringComparer.Ordinal);
    }

    public static string Serialize(GroupAnalysisFigures figures) => JsonSerializer.Serialize(figures, Json);

    public static GroupAnalysisFigures Deserialize(string figures) => JsonSerializer.Deserialize<GroupAnalysisFigures>(figures, Json)!;
}
