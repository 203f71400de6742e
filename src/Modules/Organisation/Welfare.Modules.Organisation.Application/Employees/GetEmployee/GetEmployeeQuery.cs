using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Employees.GetEmployee;

public sealed record GetEmployeeQuery(string EmployeeId) : IQuery<EmployeeDto>;
