using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Organisation.Application.Employees.GetEmployeeAssignment;

/// <summary>Which department the employee belonged to on <see cref="AsOf"/>; 404 when they were in none.</summary>
public sealed record GetEmployeeAssignmentQuery(string EmployeeId, DateOnly AsOf) : IQuery<AssignmentDto>;
