using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Limits.GetLimitsOverview;

internal sealed class GetLimitsOverviewQueryHandler(IOvertimeDbContext db, DirectoryFreshness freshness, EmployeeAccess access, LimitsReader reader, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetLimitsOverviewQuery, PagedList<EmployeeLimitsDto>>
{
    public async Task<PagedList<EmployeeLimitsDto>> Handle(GetLimitsOverviewQuery request, CancellationToken cancellationToken)
    {
        if (request.Department is { } department)
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

        var asOf = await freshness.AsOfAsync(db, cancellationToken);
        var employees = LimitsReader.EmployeesIn(db, request.Year, request.Month, request.Department);
        if (!request.Everything && request.Exceeded is null && request.MinWarning is null)
        {
            var page = await employees.ToPagedListAsync(request.Paging, cancellationToken);
            var evaluated = await reader.ReadAsync(page.Items, request.Year, request.Month, cancellationToken);
            return new PagedList<EmployeeLimitsDto>(evaluated, page.Page, page.PageSize, page.TotalCount) { DirectoryAsOf = asOf };
        }

        // An open month's figures are computed, not stored: filtering on them (and the CSV of everyone) evaluates every employee in scope.
        var rows = (await reader.ReadAsync(await employees.ToListAsync(cancellationToken), request.Year, request.Month, cancellationToken))
            .Where(r => request.Exceeded is null || r.AnyExceeded == request.Exceeded)
            .Where(r => request.MinWarning is null || r.HighestWarning >= request.MinWarning || r.AnyExceeded)
            .ToList();
        return request.Everything
            ? new PagedList<EmployeeLimitsDto>(rows, 1, rows.Count, rows.Count) { DirectoryAsOf = asOf }
            : new PagedList<EmployeeLimitsDto>([.. rows.Skip(request.Paging.Skip).Take(request.Paging.PageSize)], request.Paging.Page, request.Paging.PageSize, rows.Count)
            {
                DirectoryAsOf = asOf,
            };
    }
}
