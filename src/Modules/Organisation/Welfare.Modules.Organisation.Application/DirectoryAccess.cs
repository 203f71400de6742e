using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Organisation.Application;

/// <summary>Who may see which part of the directory (roles.md): per record, not only per endpoint.</summary>
internal static class DirectoryAccess
{
    public static bool IsDirectoryOfficer(ICurrentUser user) =>
        user.IsInRole(Roles.WelfareOfficer) || user.IsInRole(Roles.PersonnelOfficer);

    /// <summary>
    /// A department head sees the staff of the department they head: as the directory records it, or
    /// as the identity provider says (role department-head with that department claim).
    /// </summary>
    public static async Task<bool> HeadsDepartmentAsync(IOrganisationDbContext db, ICurrentUser user, string departmentCode, DateOnly today, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.DepartmentHead))
        {
            return false;
        }

        if (user.Department == departmentCode)
        {
            return true;
        }

        var code = new DepartmentCode(departmentCode);
        var department = await db.Departments.AsNoTracking().Include(d => d.Heads).SingleOrDefaultAsync(d => d.Id == code, cancellationToken);
        return department?.HeadOn(today)?.Value == user.Id;
    }
}
