using Welfare.Modules.Organisation.Domain;
using Welfare.Modules.Organisation.Domain.Departments;

namespace Welfare.Modules.Organisation.Application.Departments;

public sealed record DepartmentDto(
    string DepartmentCode,
    string Name,
    string? ParentDepartmentCode,
    AppointingAuthority AppointingAuthority,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string? HeadEmployeeId)
{
    public static DepartmentDto From(Department d) => new(
        d.Id.Value, d.Name, d.ParentCode?.Value, d.AppointingAuthority, d.EffectiveFrom, d.EffectiveTo, d.CurrentHead?.EmployeeId.Value);
}

public sealed record DepartmentHeadTermDto(string EmployeeId, DateOnly From, DateOnly? To);

public sealed record DepartmentDetailDto(DepartmentDto Department, IReadOnlyList<DepartmentHeadTermDto> Heads);
