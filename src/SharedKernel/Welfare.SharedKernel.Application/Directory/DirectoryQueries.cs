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
