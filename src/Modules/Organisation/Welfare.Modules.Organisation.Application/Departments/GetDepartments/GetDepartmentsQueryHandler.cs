using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Organisation.Application.Departments.GetDepartments;

internal sealed class GetDepartmentsQueryHandler(IOrganisationDbContext db, TimeProvider clock)
    : IRequestHandler<GetDepartmentsQuery, PagedList<DepartmentDto>>
{
    public async Task<PagedList<DepartmentDto>> Handle(GetDepartmentsQuery request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? clock.Today();
        IQueryable<Department> departments = db.Departments.AsNoTracking().Include(d => d.Heads);
        var page = await (request.IncludeClosed ? departments : departments.Where(Department.OpenOn(asOf)))
            .OrderBy(d => d.Id)
            .ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(DepartmentDto.From);
    }
}
