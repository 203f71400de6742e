using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Departments.AssignDepartmentHead;

/// <summary>Records that <see cref="EmployeeId"/> heads the department from <see cref="EffectiveFrom"/>.</summary>
public sealed record AssignDepartmentHeadCommand(string DepartmentCode, string EmployeeId, DateOnly EffectiveFrom) : ICommand<DepartmentDetailDto>;
