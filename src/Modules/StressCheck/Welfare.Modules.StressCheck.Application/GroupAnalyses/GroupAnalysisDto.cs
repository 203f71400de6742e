using Welfare.Modules.StressCheck.Domain.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.Scoring;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses;

public sealed record ScaleMeanDto(Scale Scale, string Name, double MeanRawScore);

public sealed record JobStressRiskDto(int Respondents, double QuantityControlRisk, double SupportRisk, double TotalRisk)
{
    public static JobStressRiskDto? From(JobStressRisk? r) => r is null ? null
        : new(r.Respondents, Math.Round(r.QuantityControlRisk, 1), Math.Round(r.SupportRisk, 1), Math.Round(r.TotalRisk, 1));
}

/// <summary>A department's analysis: never a person's answers, only group figures.</summary>
public sealed record GroupAnalysisDto(
    Guid CampaignId,
    string DepartmentCode,
    int Respondents,
    int MinimumGroupSize,
    bool Released,
    DateTimeOffset? ReleasedAt,
    double HighStressShare,
    IReadOnlyList<ScaleMeanDto> Scales,
    JobStressRiskDto? Male,
    JobStressRiskDto? Female,
    JobStressRiskDto? Combined)
{
    public static GroupAnalysisDto From(Guid campaignId, string department, int minimum, GroupAnalysisFigures f, DateTimeOffset? releasedAt) => new(
        campaignId, department, f.Respondents, minimum, releasedAt is not null, releasedAt, f.HighStressShare,
        [.. f.MeanRawScores.Select((mean, i) => new ScaleMeanDto(Domain.Scoring.Scales.All[i].Scale, Domain.Scoring.Scales.All[i].Name.InCurrentCulture(), mean))],
        JobStressRiskDto.From(f.Male), JobStressRiskDto.From(f.Female), JobStressRiskDto.From(f.Combined));
}
