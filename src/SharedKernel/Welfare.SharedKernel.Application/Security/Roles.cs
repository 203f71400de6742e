namespace Welfare.SharedKernel.Application.Security;

/// <summary>Organisation-wide roles carried in the token's <c>role</c> claims (shared/domain/roles.md).</summary>
public static class Roles
{
    public const string DepartmentHead = "department-head";
    public const string Supervisor = "supervisor";
    public const string WelfareOfficer = "welfare-officer";
    public const string PersonnelOfficer = "personnel-officer";
    public const string Physician = "physician";
    public const string ProgramDirector = "program-director";
    public const string Auditor = "auditor";
    public const string PersonnelSystem = "personnel-system";
    public const string AttendanceSystem = "attendance-system";

    public static readonly IReadOnlyList<string> All =
    [
        DepartmentHead, Supervisor, WelfareOfficer, PersonnelOfficer, Physician, ProgramDirector, Auditor,
        PersonnelSystem, AttendanceSystem,
    ];
}
