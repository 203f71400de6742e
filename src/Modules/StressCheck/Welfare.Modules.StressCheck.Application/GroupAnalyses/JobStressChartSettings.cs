using Welfare.Modules.StressCheck.Domain.Scoring;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses;

/// <summary>The job stress chart's national means and coefficients (configuration "StressCheck:JobStressChart"; MHLW defaults).</summary>
public sealed class JobStressChartSettings
{
    public JobStressChartConstants Male { get; set; } = JobStressChartConstants.MaleDefault;

    public JobStressChartConstants Female { get; set; } = JobStressChartConstants.FemaleDefault;
}
