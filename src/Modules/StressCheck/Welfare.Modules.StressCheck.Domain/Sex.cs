namespace Welfare.Modules.StressCheck.Domain;

/// <summary>The scoring tables and the job stress chart differ by sex (taken from the directory at the campaign's opening).</summary>
public enum Sex
{
    Female,
    Male,
}
