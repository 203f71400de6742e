using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Domain.Grades;

/// <summary>The employer's ordered grade list, replaced as a whole (lowest first).</summary>
public static class GradeScale
{
    /// <summary>Returns the grades to keep (updated in place), to add and to remove.</summary>
    public static (IReadOnlyList<Grade> Added, IReadOnlyList<Grade> Removed) Replace(
        IReadOnlyList<Grade> current,
        IReadOnlyList<(string Code, string Name)> wanted,
        IReadOnlySet<string> codesInUse)
    {
        var wantedCodes = wanted.Select(w => w.Code).ToHashSet(StringComparer.Ordinal);
        var removed = current.Where(g => !wantedCodes.Contains(g.Code)).ToList();
        var stillUsed = removed.Where(g => codesInUse.Contains(g.Code)).Select(g => g.Code).ToList();
        if (stillUsed.Count > 0)
        {
            throw new ConflictException(OrganisationProblems.GradeInUse, new LocalizedText(
                $"職員に設定されている職 ({string.Join(", ", stillUsed)}) は削除できません。",
                $"Grades still held by employees cannot be removed: {string.Join(", ", stillUsed)}."));
        }

        var byCode = current.ToDictionary(g => g.Code, StringComparer.Ordinal);
        var added = new List<Grade>();
        for (var i = 0; i < wanted.Count; i++)
        {
            var (code, name) = wanted[i];
            if (byCode.TryGetValue(code, out var grade))
            {
                grade.Rename(name, i + 1);
            }
            else
            {
                added.Add(new Grade(code, name, i + 1));
            }
        }

        return (added, removed);
    }
}
