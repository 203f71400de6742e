using MediatR;

namespace Welfare.Modules.Organisation.Application.Employees.GetEmployee;

internal sealed class GetEmployeeQueryHandler(EmployeeReadAccess access) : IRequestHandler<GetEmployeeQuery, EmployeeDto>
{
    public async Task<EmployeeDto> Handle(GetEmployeeQuery request, CancellationToken cancellationToken) =>
        EmployeeDto.From(await access.LoadAsync(request.EmployeeId, "employee.read", cancellationToken));
}
