using Welfare.Modules.Organisation.Domain;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Departments.PutDepartment;

/// <summary>Creates the department or brings it in line with these values (a correction outside the regular import).</summary>
public sealed record PutDepartmentCommand(
    string DepartmentCode,
    string Name,
    string? ParentDepartmentCode,
    AppointingAuthority AppointingAuthority,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo) : ICommand<PutDepartmentResult>;

public sealed record PutDepartmentResult(bool Created, DepartmentDto Department);
