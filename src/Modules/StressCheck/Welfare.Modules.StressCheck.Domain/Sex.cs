using Welfare.SharedKernel;

namespace Welfare.Modules.StressCheck.Domain;

/// <summary>The scoring tables and the job stress chart differ by sex (taken from the directory at the campaign's opening).</summary>
public enum Sex
{
    [Label("女性", "Female")]
    Female,
    [Label("男性", "Male")]
    Male,
}

public static class SexOf
{
    /// <summary>The directory's spelling ("Female"/"Male") as the scoring tables' sex.</summary>
    public static Sex Directory(string value) => value == nameof(Sex.Male) ? Sex.Male : Sex.Female;
}
