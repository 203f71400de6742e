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
    /// A department head sees the staff of the department they head on the day, as the directory records it; the
    /// role is a precondition and the token's department claim never suffices.
    /// </summary>
    public static async Task<bool> HeadsDepartmentAsync(IOrganisationDbContext db, ICurrentUser user, string departmentCode, DateOnly today, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.DepartmentHead))
        {
            return false;
        }

        var code = new DepartmentCode(departmentCode);
        var department = await db.Departments.AsNoTracking().Include(d => d.Heads).SingleOrDefaultAsync(d => d.Id == code, cancellationToken);
        return department?.HeadOn(today)?.Value == user.Id;
    }
}
