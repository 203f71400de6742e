using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application;

internal static class OvertimeAccess
{
    /// <summary>Those who run the scheme: welfare and personnel officers (roles.md: department kind, rules).</summary>
    public static bool RunsTheScheme(ICurrentUser user) => user.IsInRole(Roles.WelfareOfficer) || user.IsInRole(Roles.PersonnelOfficer);
}
