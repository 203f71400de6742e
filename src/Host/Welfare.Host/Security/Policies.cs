using Microsoft.AspNetCore.Authorization;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Host.Security;

/// <summary>
/// Named policies for endpoints. Every endpoint names one (an architecture test checks it); anything
/// without one falls to the fallback policy, which denies.
/// </summary>
internal static class Policies
{
    /// <summary>
    /// Any authenticated employee, whatever their roles; per-record rules are checked by the module.
    /// Machine clients are not employees: they cannot consult, complain, answer a questionnaire or browse.
    /// </summary>
    public const string Authenticated = "authenticated";

    /// <summary>An employee or the attendance system: objective working-time records and their import reports.</summary>
    public const string EmployeeOrAttendanceSystem = "employee-or-attendance-system";

    /// <summary>An employee or the personnel system: employees' leave cases.</summary>
    public const string EmployeeOrPersonnelSystem = "employee-or-personnel-system";

    /// <summary>
    /// Any employee or the personnel system: grades and departments. They are master data without personal data, and
    /// the personnel system, which writes them, reads them back to reconcile (the grade scale before replacing it, a
    /// department's version before correcting it).
    /// </summary>
    public const string DirectoryReference = "directory-reference";

    public const string Auditor = "auditor";

    /// <summary>welfare-officer or personnel-officer: browse and search the directory.</summary>
    public const string DirectoryOfficer = "directory-officer";

    /// <summary>welfare-officer: runs the programmes (campaigns and the like).</summary>
    public const string WelfareOfficer = "welfare-officer";

    /// <summary>welfare-officer or personnel-officer: rules and designations of a programme (e.g. overtime rule sets).</summary>
    public const string SchemeAdministrator = "scheme-administrator";

    /// <summary>physician: medical judgements (e.g. the opinion after a long-hours interview); which physician acts where is checked by the module.</summary>
    public const string Physician = "physician";

    /// <summary>The personnel system's machine client: imports.</summary>
    public const string PersonnelSystem = "personnel-system";

    /// <summary>personnel-system or personnel-officer: grades, departments, heads, import history.</summary>
    public const string PersonnelMaintenance = "personnel-maintenance";

    /// <summary>The attendance system's machine client: working-time imports.</summary>
    public const string AttendanceSystem = "attendance-system";

    /// <summary>personnel-officer: personnel measures and the organisation's countermeasures.</summary>
    public const string PersonnelOfficer = "personnel-officer";

    /// <summary>program-director: decisions the rules reserve to the head of a programme (e.g. approving a pre-return).</summary>
    public const string ProgramDirector = "program-director";

    /// <summary>personnel-system or welfare-officer: employees' leave (ReturnToWork leave cases).</summary>
    public const string LeaveRecorder = "leave-recorder";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Authenticated, p => p.RequireAuthenticatedUser().RequireClaim("sub")
            .RequireAssertion(c => !c.User.HasClaim("role", Roles.PersonnelSystem) && !c.User.HasClaim("role", Roles.AttendanceSystem)));
        options.AddPolicy(EmployeeOrAttendanceSystem, p => p.RequireAuthenticatedUser().RequireClaim("sub")
            .RequireAssertion(c => !c.User.HasClaim("role", Roles.PersonnelSystem)));
        options.AddPolicy(EmployeeOrPersonnelSystem, p => p.RequireAuthenticatedUser().RequireClaim("sub")
            .RequireAssertion(c => !c.User.HasClaim("role", Roles.AttendanceSystem)));
        options.AddPolicy(DirectoryReference, p => p.RequireAuthenticatedUser().RequireClaim("sub")
            .RequireAssertion(c => !c.User.HasClaim("role", Roles.AttendanceSystem)));
        options.AddPolicy(Auditor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Auditor));
        options.AddPolicy(DirectoryOfficer, p => p.RequireAuthenticatedUser().RequireRole(Roles.WelfareOfficer, Roles.PersonnelOfficer));
        options.AddPolicy(WelfareOfficer, p => p.RequireAuthenticatedUser().RequireRole(Roles.WelfareOfficer));
        options.AddPolicy(SchemeAdministrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.WelfareOfficer, Roles.PersonnelOfficer));
        options.AddPolicy(Physician, p => p.RequireAuthenticatedUser().RequireRole(Roles.Physician));
        options.AddPolicy(PersonnelSystem, p => p.RequireAuthenticatedUser().RequireRole(Roles.PersonnelSystem));
        options.AddPolicy(AttendanceSystem, p => p.RequireAuthenticatedUser().RequireRole(Roles.AttendanceSystem));
        options.AddPolicy(PersonnelOfficer, p => p.RequireAuthenticatedUser().RequireRole(Roles.PersonnelOfficer));
        options.AddPolicy(ProgramDirector, p => p.RequireAuthenticatedUser().RequireRole(Roles.ProgramDirector));
        options.AddPolicy(LeaveRecorder, p => p.RequireAuthenticatedUser().RequireRole(Roles.PersonnelSystem, Roles.WelfareOfficer));
        options.AddPolicy(PersonnelMaintenance, p => p.RequireAuthenticatedUser().RequireRole(Roles.PersonnelSystem, Roles.PersonnelOfficer));

        // Deny by default: an endpoint someone forgot to protect is unreachable, not open. A request
        // that matched no route (or only routing's own 404/405 answer) passes here to get that answer.
        options.FallbackPolicy = new AuthorizationPolicyBuilder()
            .RequireAssertion(context => context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint)
            .Build();
    }
}
