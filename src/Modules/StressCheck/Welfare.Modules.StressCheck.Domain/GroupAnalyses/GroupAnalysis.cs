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

/// <summary>What the database sums up per sex for a group: respondents, high-stress count and the mean raw score of each scale.</summary>
public sealed record SexAggregate(Sex Sex, int Respondents, int HighStress, IReadOnlyList<double> MeanRawScores);

public static class GroupAnalysis
{
    /// <summary>From the respondents themselves (small groups, tests).</summary>
    public static GroupAnalysisFigures Compute(IReadOnlyCollection<GroupMember> members, JobStressChartConstants male, JobStressChartConstants female) =>
        FromAggregates(
            [.. members.GroupBy(m => m.Sex).Select(g => new SexAggregate(g.Key, g.Count(), g.Count(m => m.HighStress),
                [.. Enumerable.Range(0, Scales.All.Count).Select(i => g.Average(m => (double)m.RawScores[i]))]))],
            male,
            female);

    /// <summary>
    /// From per-sex sums computed where the data lives (large groups): overall means weighted by
    /// respondents; each sex's chart risks from its own means (stress-check.md §4).
    /// </summary>
    public static GroupAnalysisFigures FromAggregates(IReadOnlyCollection<SexAggregate> bySex, JobStressChartConstants male, JobStressChartConstants female)
    {
        var respondents = bySex.Sum(a => a.Respondents);
        if (respondents == 0)
        {
            return new GroupAnalysisFigures(0, [], 0, null, null, null);
        }

        var means = Enumerable.Range(0, Scales.All.Count)
            .Select(i => Math.Round(bySex.Sum(a => a.MeanRawScores[i] * a.Respondents) / respondents, 2))
            .ToList();
        var maleRisk = Risk(bySex.FirstOrDefault(a => a.Sex == Sex.Male), male);
        var femaleRisk = Risk(bySex.FirstOrDefault(a => a.Sex == Sex.Female), female);
        return new GroupAnalysisFigures(
            respondents,
            means,
            Math.Round((double)bySex.Sum(a => a.HighStress) / respondents, 4),
            maleRisk,
            femaleRisk,
            JobStressChart.Combined(maleRisk, femaleRisk));
    }

    private static JobStressRisk? Risk(SexAggregate? group, JobStressChartConstants k) =>
        group is null || group.Respondents == 0
            ? null
            : JobStressChart.FromMeans(
                group.Respondents,
                group.MeanRawScores[(int)Scale.WorkloadQuantity],
                group.MeanRawScores[(int)Scale.JobControl],
                group.MeanRawScores[(int)Scale.SupervisorSupport],
                group.MeanRawScores[(int)Scale.CoworkerSupport],
                k);
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
