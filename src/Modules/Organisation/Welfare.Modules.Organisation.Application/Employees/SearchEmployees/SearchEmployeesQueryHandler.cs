using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Organisation.Application.Employees.SearchEmployees;

internal sealed class SearchEmployeesQueryHandler(IOrganisationDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<SearchEmployeesQuery, PagedList<EmployeeSummaryDto>>
{
    public async Task<PagedList<EmployeeSummaryDto>> Handle(SearchEmployeesQuery request, CancellationToken cancellationToken)
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

        if (request.Department is { } department)
        {
            employees = employees.Where(e => e.Assignments.Any(a => a.DepartmentCode == department && a.To == null));
        }

        var page = await employees.Include(e => e.Assignments).OrderBy(e => e.Id).ToPagedListAsync(request.Paging, cancellationToken);

        audit.Record("employee.search", "Employee", "*", AuditOutcome.Allowed);
        var today = clock.Today();
        return page.Map(e => EmployeeSummaryDto.From(e, today));
    }
}
