using MediatR;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Limits.GetEmployeeLimits;

internal sealed class GetEmployeeLimitsQueryHandler(EmployeeAccess access, LimitsReader reader, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetEmployeeLimitsQuery, EmployeeLimitsDto>
{
    public async Task<EmployeeLimitsDto> Handle(GetEmployeeLimitsQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var (year, month) = (request.Year ?? today.Year, request.Month ?? today.Month);
        var monthEnd = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        var employee = await access.LoadAsync(request.EmployeeId ?? user.Id, monthEnd < today ? monthEnd : today, toChange: false, "limits.read", "OvertimeLimits", cancellationToken);
        return (await reader.ReadAsync([employee], year, month, cancellationToken))[0];
    }
}
