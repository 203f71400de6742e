using Welfare.Modules.StressCheck.Domain.Questionnaires;

namespace Welfare.Modules.StressCheck.Domain.Scoring;

/// <summary>National means and coefficients of the job stress chart for one sex (configurable; §4 defaults).</summary>
public sealed record JobStressChartConstants(
    double QuantityMean,
    double QuantityCoefficient,
    double ControlMean,
    double ControlCoefficient,
    double SupervisorMean,
    double SupervisorCoefficient,
    double CoworkerMean,
    double CoworkerCoefficient)
{
    public static readonly JobStressChartConstants MaleDefault = new(8.7, 0.076, 7.9, -0.089, 7.5, -0.097, 8.1, -0.097);

    public static readonly JobStressChartConstants FemaleDefault = new(7.9, 0.048, 7.2, -0.056, 6.6, -0.097, 8.2, -0.097);
}

/// <summary>A group's health risks against the national average of 100.</summary>
public sealed record JobStressRisk(int Respondents, double QuantityControlRisk, double SupportRisk, double TotalRisk);

/// <summary>仕事のストレス判定図: group means of four scales → risks, per sex, weighted by respondents for a mixed group.</summary>
public static class JobStressChart
{
    public static JobStressRisk? ForSex(IReadOnlyCollection<Answers> group, JobStressChartConstants k)
    {
        if (group.Count == 0)
        {
            return null;
        }

        var quantity = group.Average(a => Scales.Of(Scale.WorkloadQuantity).Raw(a));
        var control = group.Average(a => Scales.Of(Scale.JobControl).Raw(a));
        var supervisor = group.Average(a => Scales.Of(Scale.SupervisorSupport).Raw(a));
        var coworker = group.Average(a => Scales.Of(Scale.CoworkerSupport).Raw(a));
        return FromMeans(group.Count, quantity, control, supervisor, coworker, k);
    }

    public static JobStressRisk FromMeans(int respondents, double quantity, double control, double supervisor, double coworker, JobStressChartConstants k)
    {
        var quantityControl = 100 * Math.Exp(((quantity - k.QuantityMean) * k.QuantityCoefficient) + ((control - k.ControlMean) * k.ControlCoefficient));
        var support = 100 * Math.Exp(((supervisor - k.SupervisorMean) * k.SupervisorCoefficient) + ((coworker - k.CoworkerMean) * k.CoworkerCoefficient));
        return new JobStressRisk(respondents, quantityControl, support, quantityControl * support / 100);
    }

    /// <summary>Each sex's risks from its own means, then weighted by its respondents.</summary>
    public static JobStressRisk? Combined(JobStressRisk? male, JobStressRisk? female)
    {
        var parts = new[] { male, female }.OfType<JobStressRisk>().ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var n = parts.Sum(p => p.Respondents);
        double Weighted(Func<JobStressRisk, double> risk) => parts.Sum(p => risk(p) * p.Respondents) / n;
        return new JobStressRisk(n, Weighted(p => p.QuantityControlRisk), Weighted(p => p.SupportRisk), Weighted(p => p.TotalRisk));
    }
}
