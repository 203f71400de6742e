using MediatR;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Organisation.Application.Employees.GetEmployeeAssignment;

internal sealed class GetEmployeeAssignmentQueryHandler(EmployeeReadAccess access) : IRequestHandler<GetEmployeeAssignmentQuery, AssignmentDto>
{
    public async Task<AssignmentDto> Handle(GetEmployeeAssignmentQuery request, CancellationToken cancellationToken)
    {
        var employee = await access.LoadAsync(request.EmployeeId, "employee.assignment.read", cancellationToken);
        var assignment = employee.Assignments.LastOrDefault(a => a.Covers(request.AsOf))
            ?? throw new NotFoundException("Assignment", $"{request.EmployeeId}@{request.AsOf:yyyy-MM-dd}");
        return new AssignmentDto(assignment.DepartmentCode, assignment.From, assignment.To);
    }
}
