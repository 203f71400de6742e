namespace Welfare.Modules.Organisation.Domain.Employees;

/// <summary>What the personnel system says about an employee, apart from where they work.</summary>
public sealed record EmployeeFacts(
    string NameKanji,
    string NameKana,
    Sex Sex,
    string GradeCode,
    EmploymentType EmploymentType,
    AppointingAuthority AppointingAuthority,
    EmployeeStatus Status)
{
    public const int MaxNameLength = 100;
}
