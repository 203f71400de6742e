using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Departments.GetDepartment;

public sealed record GetDepartmentQuery(string DepartmentCode) : IQuery<DepartmentDetailDto>;
