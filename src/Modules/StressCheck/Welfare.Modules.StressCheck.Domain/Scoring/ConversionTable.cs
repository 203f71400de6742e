namespace Welfare.Modules.StressCheck.Domain.Scoring;

/// <summary>
/// The MHLW raw-score conversion table (素点換算表): for each scale and sex, the raw-score range of
/// each of the five columns (shared/domain/stress-check.md §3b). Column 1 holds the lowest raw scores.
/// </summary>
public static class ConversionTable
{
    // "3-5|6-7|8-9|10-11|12": the five columns, "-" = an empty column. One string for both sexes when they agree.
    private static readonly Dictionary<Scale, (string Male, string Female)> Source = new()
    {
        [Scale.WorkloadQuantity] = ("3-5|6-7|8-9|10-11|12", "3-4|5-6|7-9|10-11|12"),
        [Scale.WorkloadQuality] = ("3-5|6-7|8-9|10-11|12", "3-4|5-6|7-8|9-10|11-12"),
        [Scale.PhysicalBurden] = ("-|1|2|3|4", "-|1|2|3|4"),
        [Scale.InterpersonalStress] = ("3|4-5|6-7|8-9|10-12", "3|4-5|6-7|8-9|10-12"),
        [Scale.EnvironmentStress] = ("-|1|2|3|4", "1|-|2|3|4"),
        [Scale.JobControl] = ("3-4|5-6|7-8|9-10|11-12", "3|4-5|6-8|9-10|11-12"),
        [Scale.SkillUtilization] = ("1|2|3|4|-", "1|2|3|4|-"),
        [Scale.JobFitness] = ("1|2|3|-|4", "1|2|3|-|4"),
        [Scale.RewardingWork] = ("1|2|3|-|4", "1|2|3|-|4"),
        [Scale.Vigor] = ("3|4-5|6-7|8-9|10-12", "3|4-5|6-7|8-9|10-12"),
        [Scale.Irritability] = ("3|4-5|6-7|8-9|10-12", "3|4-5|6-8|9-10|11-12"),
        [Scale.Fatigue] = ("3|4|5-7|8-10|11-12", "3|4-5|6-8|9-11|12"),
        [Scale.Anxiety] = ("3|4|5-7|8-9|10-12", "3|4|5-7|8-10|11-12"),
        [Scale.Depression] = ("6|7-8|9-12|13-16|17-24", "6|7-8|9-12|13-17|18-24"),
        [Scale.PhysicalComplaints] = ("11|12-15|16-21|22-26|27-44", "11-13|14-17|18-23|24-29|30-44"),
        [Scale.SupervisorSupport] = ("3-4|5-6|7-8|9-10|11-12", "3|4-5|6-7|8-10|11-12"),
        [Scale.CoworkerSupport] = ("3-5|6-7|8-9|10-11|12", "3-5|6-7|8-9|10-11|12"),
        [Scale.FamilySupport] = ("3-6|7-8|9|10-11|12", "3-6|7-8|9|10-11|12"),
        [Scale.Satisfaction] = ("2-3|4|5-6|7|8", "2-3|4|5-6|7|8"),
    };

    private static readonly Dictionary<(Scale, Sex), (int Min, int Max)?[]> Columns = Parse();

    /// <summary>The column 1..5 whose range holds the raw score.</summary>
    public static int Column(Scale scale, Sex sex, int raw)
    {
        var columns = Columns[(scale, sex)];
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is { } range && raw >= range.Min && raw <= range.Max)
            {
                return i + 1;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(raw), raw, $"No column of {scale} ({sex}) holds {raw}.");
    }

    /// <summary>評価点: 1 = most stressed, 5 = least, whatever the scale's direction.</summary>
    public static int EvaluationPoint(Scale scale, Sex sex, int raw)
    {
        var column = Column(scale, sex, raw);
        return Scales.Of(scale).HighIsBad ? 6 - column : column;
    }

    private static Dictionary<(Scale, Sex), (int Min, int Max)?[]> Parse()
    {
        var parsed = new Dictionary<(Scale, Sex), (int Min, int Max)?[]>();
        foreach (var (scale, (male, female)) in Source)
        {
            parsed[(scale, Sex.Male)] = ParseRow(male);
            parsed[(scale, Sex.Female)] = ParseRow(female);
        }

        return parsed;
    }

    private static (int Min, int Max)?[] ParseRow(string row) =>
        [.. row.Split('|').Select(cell =>
        {
            if (cell == "-")
            {
                return ((int, int)?)null;
            }

            var bounds = cell.Split('-');
            return (int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture),
                    int.Parse(bounds[^1], System.Globalization.CultureInfo.InvariantCulture));
        })];
}
