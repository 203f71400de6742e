using Welfare.Modules.Organisation.Domain;
using Welfare.Modules.Organisation.Domain.Employees;

namespace Welfare.Modules.Organisation.Application.Employees;

/// <summary>An employee in a list; <see cref="DepartmentCode"/> is the department on the date the list is for.</summary>
public sealed record EmployeeSummaryDto(
    string EmployeeId,
    string NameKanji,
    string NameKana,
    string GradeCode,
    EmploymentType EmploymentType,
    EmployeeStatus Status,
    string? DepartmentCode)
{
    public static EmployeeSummaryDto From(Employee e, DateOnly asOf) => new(
        e.Id.Value, e.NameKanji, e.NameKana, e.GradeCode, e.EmploymentType, e.Status, e.DepartmentOn(asOf) ?? e.DepartmentCode);
}

public sealed record AssignmentDto(string DepartmentCode, DateOnly From, DateOnly? To);

/// <summary>The directory's whole entry for one employee. Never health or case data.</summary>
public sealed record EmployeeDto(
    string EmployeeId,
    string NameKanji,
    string NameKana,
    Sex Sex,
    string GradeCode,
    EmploymentType EmploymentType,
    AppointingAuthority AppointingAuthority,
    EmployeeStatus Status,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    string? DepartmentCode,
    IReadOnlyList<AssignmentDto> Assignments)
{
    public static EmployeeDto From(Employee e) => new(
        e.Id.Value, e.NameKanji, e.NameKana, e.Sex, e.GradeCode, e.EmploymentType, e.AppointingAuthority, e.Status,
        e.JoinedOn, e.LeftOn, e.DepartmentCode, [.. e.Assignments.Select(a => new AssignmentDto(a.DepartmentCode, a.From, a.To))]);
}
