namespace Welfare.Modules.Organisation.Domain.Grades;

/// <summary>
/// One step of the employer's grade scale (e.g. 係員 &lt; 主任 &lt; 係長 &lt; 課長補佐 &lt; 課長, or police ranks).
/// Modules compare grades by <see cref="Rank"/>: "at least 係長" means a rank at least that of 係長.
/// </summary>
public sealed class Grade
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 64;

    public Grade(string code, string name, int rank)
    {
        Code = code;
        Name = name;
        Rank = rank;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>1 for the lowest grade; higher is more senior.</summary>
    public int Rank { get; private set; }

    public void Rename(string name, int rank)
    {
        Name = name;
        Rank = rank;
    }
}
