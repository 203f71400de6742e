using Welfare.Modules.StressCheck.Domain.Questionnaires;
using Welfare.Modules.StressCheck.Domain.Scoring;

namespace Welfare.Modules.StressCheck.Domain.GroupAnalyses;

/// <summary>One respondent of a group, as the analysis needs them.</summary>
public sealed record GroupMember(Sex Sex, Answers Answers, IReadOnlyList<int> RawScores, bool HighStress);

/// <summary>Per-department analysis (seed 004 art. 20): mean raw scores, high-stress share, job stress chart.</summary>
public sealed record GroupAnalysisFigures(
    int Respondents,
    IReadOnlyList<double> MeanRawScores,
    double HighStressShare,
    JobStressRisk? Male,
    JobStressRisk? Female,
    JobStressRisk? Combined);

public static class GroupAnalysis
{
    public static GroupAnalysisFigures Compute(IReadOnlyCollection<GroupMember> members, JobStressChartConstants male, JobStressChartConstants female)
    {
        if (members.Count == 0)
        {
            return new GroupAnalysisFigures(0, [], 0, null, null, null);
        }

        var means = Enumerable.Range(0, Scales.All.Count).Select(i => Math.Round(members.Average(m => m.RawScores[i]), 2)).ToList();
        var maleRisk = JobStressChart.ForSex([.. members.Where(m => m.Sex == Sex.Male).Select(m => m.Answers)], male);
        var femaleRisk = JobStressChart.ForSex([.. members.Where(m => m.Sex == Sex.Female).Select(m => m.Answers)], female);
        return new GroupAnalysisFigures(
            members.Count,
            means,
            Math.Round((double)members.Count(m => m.HighStress) / members.Count, 4),
            maleRisk,
            femaleRisk,
            JobStressChart.Combined(maleRisk, femaleRisk));
    }
}

/// <summary>
/// An analysis the implementer released to the employer: the figures as they were at release, kept
/// five years. Released only when the group reaches the campaign's minimum or everyone consented.
/// </summary>
public sealed class GroupAnalysisRelease
{
    public GroupAnalysisRelease(Guid id, Guid campaignId, string departmentCode, int respondents, bool everyoneConsented, string figures,
        DateTimeOffset releasedAt, string releasedBy, DateOnly retainUntil)
    {
        Id = id;
        CampaignId = campaignId;
        DepartmentCode = departmentCode;
        Respondents = respondents;
        EveryoneConsented = everyoneConsented;
        Figures = figures;
        ReleasedAt = releasedAt;
        ReleasedBy = releasedBy;
        RetainUntil = retainUntil;
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    public string DepartmentCode { get; private set; }

    public int Respondents { get; private set; }

    public bool EveryoneConsented { get; private set; }

    /// <summary>The released figures (JSON), unchanged by later corrections.</summary>
    public string Figures { get; private set; }

    public DateTimeOffset ReleasedAt { get; private set; }

    public string ReleasedBy { get; private set; }

    public DateOnly RetainUntil { get; private set; }
}
