using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.SharedKernel.Application.Directory;

/// <summary>
/// The one set of questions modules ask the directory, each answered on a date. Every module asks them the
/// same way, so "who heads this department on this day" cannot drift between modules.
/// </summary>
public static class DirectoryQueries
{
    public static Task<DirectoryEmployee?> EmployeeAsync(this IDirectoryReadModel directory, string employeeId, CancellationToken cancellationToken) =>
        directory.DirectoryEmployees.Include(e => e.Assignments).SingleOrDefaultAsync(e => e.EmployeeId == employeeId, cancellationToken);

    public static Task<bool> KnowsAsync(this IDirectoryReadModel directory, string employeeId, CancellationToken cancellationToken) =>
        directory.DirectoryEmployees.AnyAsync(e => e.EmployeeId == employeeId, cancellationToken);

    /// <summary>The assignment in force on a day (the latest one if a correction overlaps), or null.</summary>
    public static Task<DirectoryAssignment?> AssignmentOnAsync(this IDirectoryReadModel directory, string employeeId, DateOnly on, CancellationToken cancellationToken) =>
        directory.DirectoryAssignments
            .Where(a => a.EmployeeId == employeeId && a.From <= on && (a.To == null || a.To >= on))
            .OrderByDescending(a => a.From).ThenByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public static async Task<string?> DepartmentOfAsync(this IDirectoryReadModel directory, string employeeId, DateOnly on, CancellationToken cancellationToken) =>
        (await directory.AssignmentOnAsync(employeeId, on, cancellationToken))?.DepartmentCode;

    /// <summary>Who heads a department on a day: whoever took office last by then.</summary>
    public static Task<string?> HeadOfAsync(this IDirectoryReadModel directory, string departmentCode, DateOnly on, CancellationToken cancellationToken) =>
        directory.DirectoryDepartmentHeads
            .Where(h => h.DepartmentCode == departmentCode && h.From <= on)
            .OrderByDescending(h => h.From).ThenByDescending(h => h.Id)
            .Select(h => h.EmployeeId)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The departments an employee heads on a day (a successor's term ends theirs).</summary>
    public static async Task<IReadOnlyList<string>> DepartmentsHeadedByAsync(this IDirectoryReadModel directory, string employeeId, DateOnly on, CancellationToken cancellationToken)
    {
        var candidates = directory.DirectoryDepartmentHeads.Where(h => h.EmployeeId == employeeId && h.From <= on).Select(h => h.DepartmentCode);
        var terms = await directory.DirectoryDepartmentHeads
            .Where(h => candidates.Contains(h.DepartmentCode) && h.From <= on)
            .Select(h => new { h.DepartmentCode, h.EmployeeId, h.From, h.Id })
            .ToListAsync(cancellationToken);
        return [.. terms.GroupBy(t => t.DepartmentCode)
            .Where(g => g.OrderBy(t => t.From).ThenBy(t => t.Id).Last().EmployeeId == employeeId)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The staff of a department on a day, as a query the caller pages or filters further.</summary>
    public static IQueryable<string> StaffOf(this IDirectoryReadModel directory, string departmentCode, DateOnly on) =>
        directory.DirectoryAssignments
            .Where(a => a.DepartmentCode == departmentCode && a.From <= on && (a.To == null || a.To >= on))
            .Select(a => a.EmployeeId)
            .Distinct();

    /// <summary>Employees assigned somewhere at some time between two days, with their assignments.</summary>
    public static IQueryable<DirectoryEmployee> AssignedBetween(this IDirectoryReadModel directory, DateOnly first, DateOnly last) =>
        directory.DirectoryEmployees.Include(e => e.Assignments)
            .Where(e => e.Assignments.Any(a => a.From <= last && (a.To == null || a.To >= first)));

    /// <summary>Employees in force on a day (any department), with their assignments.</summary>
    public static IQueryable<DirectoryEmployee> AssignedOn(this IDirectoryReadModel directory, DateOnly on) =>
        directory.AssignedBetween(on, on);

    /// <summary>
    /// How the directory names people on a day, by staff number: their names and the department they work in then.
    /// For lists whose callers must find someone (a supporter, a counsellor); who may see it is the module's rule.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, DirectoryPerson>> PeopleAsync(this IDirectoryReadModel directory, IEnumerable<string> employeeIds, DateOnly on, CancellationToken cancellationToken)
    {
        var ids = employeeIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, DirectoryPerson>(StringComparer.Ordinal);
        }

        var names = await directory.DirectoryEmployees.Where(e => ids.Contains(e.EmployeeId))
            .Select(e => new { e.EmployeeId, e.NameKanji, e.NameKana }).ToListAsync(cancellationToken);
        var assignments = await directory.DirectoryAssignments
            .Where(a => ids.Contains(a.EmployeeId) && a.From <= on && (a.To == null || a.To >= on))
            .Select(a => new { a.EmployeeId, a.DepartmentCode, a.From, a.Id }).ToListAsync(cancellationToken);
        var departmentOf = assignments.GroupBy(a => a.EmployeeId)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.From).ThenBy(a => a.Id).Last().DepartmentCode, StringComparer.Ordinal);
        var codes = departmentOf.Values.Distinct().ToArray();
        var departments = await directory.DirectoryDepartments.Where(d => codes.Contains(d.DepartmentCode))
            .ToDictionaryAsync(d => d.DepartmentCode, d => d.Name, cancellationToken);
        return names.ToDictionary(
            n => n.EmployeeId,
            n =>
            {
                var department = departmentOf.GetValueOrDefault(n.EmployeeId);
                return new DirectoryPerson(n.NameKanji, n.NameKana, department, department is null ? null : departments.GetValueOrDefault(department));
            },
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The staff numbers a search finds, as a query to filter a list by: the whole staff number, or part of the name in
    /// kanji or kana (spaces ignored, hiragana found as katakana). Only for callers who may see the names it matches.
    /// </summary>
    public static IQueryable<string> Matching(this IDirectoryReadModel directory, string search)
    {
        var text = PersonSearch.Normalise(search);
        var katakana = PersonSearch.Katakana(text);
        var staffNumber = search.Trim();
        return directory.DirectoryEmployees
            .Where(e => e.EmployeeId == staffNumber
                || (e.NameKanji != null && e.NameKanji.Replace(" ", "").Replace("\u3000", "").Contains(text))
                || (e.NameKana != null && (e.NameKana.Replace(" ", "").Replace("\u3000", "").Contains(text)
                    || e.NameKana.Replace(" ", "").Replace("\u3000", "").Contains(katakana))))
            .Select(e => e.EmployeeId);
    }

    public static Task<int?> GradeRankAsync(this IDirectoryReadModel directory, string gradeCode, CancellationToken cancellationToken) =>
        directory.DirectoryGrades.Where(g => g.GradeCode == gradeCode).Select(g => (int?)g.Rank).FirstOrDefaultAsync(cancellationToken);

    /// <summary>An employee's grade rank on a day, from the directory's history of grades.</summary>
    public static Task<int?> GradeRankOnAsync(this IDirectoryReadModel directory, string employeeId, DateOnly on, CancellationToken cancellationToken) =>
        directory.DirectoryGradeChanges
            .Where(g => g.EmployeeId == employeeId && g.From <= on)
            .OrderByDescending(g => g.From).ThenByDescending(g => g.Id)
            .Select(g => (int?)g.GradeRank)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The department's name as printed on forms; its code where the copy does not know it (yet).</summary>
    public static async Task<string> DepartmentNameAsync(this IDirectoryReadModel directory, string departmentCode, CancellationToken cancellationToken) =>
        await directory.DirectoryDepartments.Where(d => d.DepartmentCode == departmentCode).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) ?? departmentCode;

    public static Task<bool> DepartmentExistsAsync(this IDirectoryReadModel directory, string departmentCode, CancellationToken cancellationToken) =>
        directory.DirectoryDepartments.AnyAsync(d => d.DepartmentCode == departmentCode, cancellationToken);

    /// <summary>
    /// Whether the caller heads a department on a day: the role is a precondition, the directory decides. The
    /// token's department claim never suffices (a transferred head loses the power the day the directory says).
    /// </summary>
    public static async Task<bool> HeadsAsync(this IDirectoryReadModel directory, ICurrentUser user, string departmentCode, DateOnly on, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.DepartmentHead)
        && await directory.HeadOfAsync(departmentCode, on, cancellationToken) == user.Id;

    /// <summary>The departments the caller heads on a day, by the directory (empty without the role).</summary>
    public static async Task<IReadOnlyList<string>> DepartmentsHeadedAsync(this IDirectoryReadModel directory, ICurrentUser user, DateOnly on, CancellationToken cancellationToken) =>
        user.IsInRole(Roles.DepartmentHead)
            ? await directory.DepartmentsHeadedByAsync(user.Id, on, cancellationToken)
            : [];
}

/// <summary>A person as the directory names them on a day; null parts are what the copy does not know (yet).</summary>
public sealed record DirectoryPerson(string? NameKanji, string? NameKana, string? DepartmentCode, string? DepartmentName);

/// <summary>How a name search is read: the one normalisation of the search text, for the directory and for registries of non-employees.</summary>
public static class PersonSearch
{
    /// <summary>The text without spaces (half- and full-width), which names are written with or without.</summary>
    public static string Normalise(string search) => search.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);

    /// <summary>Hiragana as katakana: the personnel system writes kana readings in katakana, people type either.</summary>
    public static string Katakana(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c;
            }
        });
}
