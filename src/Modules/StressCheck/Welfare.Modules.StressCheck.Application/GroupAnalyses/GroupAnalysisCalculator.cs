using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.Questionnaires;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses;

/// <summary>Computes a department's figures from the latest submissions (department as of the opening date).</summary>
internal sealed class GroupAnalysisCalculator(IStressCheckDbContext db, JobStressChartSettings chart)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(GroupAnalysisFigures Figures, bool EveryoneConsented)> ComputeAsync(Campaign campaign, string departmentCode, CancellationToken cancellationToken)
    {
        var results = await db.Submissions.AsNoTracking()
            .Where(s => s.CampaignId == campaign.Id && s.IsLatest && s.DepartmentCode == departmentCode)
            .Select(s => new { s.EmployeeId, s.Sex, s.Answers, s.RawScores, s.HighStress })
            .ToListAsync(cancellationToken);
        var consented = await db.Consents.AsNoTracking()
            .CountAsync(c => c.CampaignId == campaign.Id && c.WithdrawnAt == null
                && db.Submissions.Any(s => s.CampaignId == campaign.Id && s.IsLatest && s.DepartmentCode == departmentCode && s.EmployeeId == c.EmployeeId), cancellationToken);
        var members = results.Select(r => new GroupMember(r.Sex, Answers.From(r.Answers), r.RawScores, r.HighStress)).ToList();
        return (GroupAnalysis.Compute(members, chart.Male, chart.Female), results.Count > 0 && consented == results.Count);
    }

    public static string Serialize(GroupAnalysisFigures figures) => JsonSerializer.Serialize(figures, Json);

    public static GroupAnalysisFigures Deserialize(string figures) => JsonSerializer.Deserialize<GroupAnalysisFigures>(figures, Json)!;
}
