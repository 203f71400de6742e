using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Organisation.Application.Employees.SearchEmployees;

internal sealed class SearchEmployeesQueryHandler(IOrganisationDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<SearchEmployeesQuery, Page<EmployeeSummaryDto>>
{
    public async Task<Page<EmployeeSummaryDto>> Handle(SearchEmployeesQuery request, CancellationToken cancellationToken)
    {
        if (!DirectoryAccess.IsDirectoryOfficer(user))
        {
            audit.Record("employee.search", "Employee", "*", AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var employees = db.Employees.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            var staffNumber = EmployeeId.IsValid(search) ? new EmployeeId(search) : default;
            employees = employees.Where(e => e.Id == staffNumber || e.NameKanji.Contains(search) || e.NameKana.Contains(search));
        }

        if (request.Status is { } status)
        {
            employees = employees.Where(e => e.Status == status);
        }

        if (request.DepartmentCode is { } department)
        {
            employees = employees.Where(e => e.Assignments.Any(a => a.DepartmentCode == department && a.To == null));
        }

        var total = await employees.LongCountAsync(cancellationToken);
        var page = await employees.Include(e => e.Assignments)
            .OrderBy(e => e.Id)
            .Skip(request.Paging.Skip).Take(request.Paging.PageSize)
            .ToListAsync(cancellationToken);

        audit.Record("employee.search", "Employee", "*", AuditOutcome.Allowed);
        var today = clock.Today();
        return new Page<EmployeeSummaryDto>([.. page.Select(e => EmployeeSummaryDto.From(e, today))], request.Paging.Page, request.Paging.PageSize, total);
    }
}
