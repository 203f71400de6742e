using MediatR;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Limits.GetLimitsOverview;

internal sealed class GetLimitsOverviewQueryHandler(IOvertimeDbContext db, EmployeeAccess access, LimitsReader reader, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetLimitsOverviewQuery, Page<EmployeeLimitsDto>>
{
    public async Task<Page<EmployeeLimitsDto>> Handle(GetLimitsOverviewQuery request, CancellationToken cancellationToken)
    {
        if (request.DepartmentCode is { } department)
        {
            var monthEnd = new DateOnly(request.Year, request.Month, 1).AddMonths(1).AddDays(-1);
            var today = clock.Today();
            await access.EnsureDepartmentAsync(department, monthEnd < today ? monthEnd : today, "limits.department.read", "OvertimeLimits", cancellationToken);
        }
        else if (!OvertimeAccess.RunsTheScheme(user))
        {
            audit.Record("limits.organisation.read", "OvertimeLimits", "*", AuditOutcome.Denied);
            throw new ForbiddenException();
        }
        else
        {
            audit.Record("limits.organisation.read", "OvertimeLimits", "*", AuditOutcome.Allowed);
        }

        var employees = await LimitsReader.EmployeesInAsync(db, request.Year, request.Month, request.DepartmentCode, cancellationToken);
        var rows = (await reader.ReadAsync(employees, request.Year, request.Month, cancellationToken))
            .Where(r => request.Exceeded is null || r.AnyExceeded == request.Exceeded)
            .Where(r => request.MinWarning is null || r.HighestWarning >= request.MinWarning || r.AnyExceeded)
            .ToList();
        return request.Everything
            ? new Page<EmployeeLimitsDto>(rows, 1, rows.Count, rows.Count)
            : new Page<EmployeeLimitsDto>([.. rows.Skip(request.Paging.Skip).Take(request.Paging.PageSize)], request.Paging.Page, request.Paging.PageSize, rows.Count);
    }
}
