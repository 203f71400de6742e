using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Application.Employees;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Organisation.Application.Departments.GetDepartmentStaff;

internal sealed class GetDepartmentStaffQueryHandler(IOrganisationDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetDepartmentStaffQuery, PagedList<EmployeeSummaryDto>>
{
    public async Task<PagedList<EmployeeSummaryDto>> Handle(GetDepartmentStaffQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var code = new DepartmentCode(request.DepartmentCode);
        var allowed = DirectoryAccess.IsDirectoryOfficer(user)
            || await DirectoryAccess.HeadsDepartmentAsync(db, user, request.DepartmentCode, today, cancellationToken);
        if (!allowed || !await db.Departments.AnyAsync(d => d.Id == code, cancellationToken))
        {
            audit.Record("department.staff.read", "Department", request.DepartmentCode, AuditOutcome.Denied);
            throw new NotFoundException("Department", request.DepartmentCode);
        }

        var asOf = request.AsOf ?? today;
        var staff = db.Employees.AsNoTracking()
            .Where(e => e.Assignments.Any(a => a.DepartmentCode == request.DepartmentCode && a.From <= asOf && (a.To == null || a.To >= asOf)));
        var page = await staff.Include(e => e.Assignments).OrderBy(e => e.Id).ToPagedListAsync(request.Paging, cancellationToken);

        audit.Record("department.staff.read", "Department", request.DepartmentCode, AuditOutcome.Allowed);
        return page.Map(e => EmployeeSummaryDto.From(e, asOf));
    }
}
