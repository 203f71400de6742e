using Welfare.Modules.Overtime.Domain.Departments;

namespace Welfare.Modules.Overtime.Application.Departments;

public sealed record DepartmentKindDto(string DepartmentCode, string Name, DepartmentKind Kind, string? Reason, DateOnly? DesignatedFrom, DateOnly? DesignatedTo);

public sealed record DesignationDto(Guid Id, string DepartmentCode, DateOnly From, DateOnly? To, string Reason, string DesignatedBy)
{
    public static DesignationDto Of(OtherDrivenDesignation d) => new(d.Id, d.DepartmentCode, d.From, d.To, d.Reason, d.DesignatedBy);
}
