using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Application.Departments.GetDepartments;

internal sealed class GetDepartmentsQueryHandler(IOrganisationDbContext db, TimeProvider clock)
    : IRequestHandler<GetDepartmentsQuery, IReadOnlyList<DepartmentDto>>
{
    public async Task<IReadOnlyList<DepartmentDto>> Handle(GetDepartmentsQuery request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? clock.Today();
        var departments = await db.Departments.AsNoTracking().Include(d => d.Heads).ToListAsync(cancellationToken);
        return [.. departments
            .Where(d => request.IncludeClosed || d.IsOpenOn(asOf))
            .OrderBy(d => d.Id.Value, StringComparer.Ordinal)
            .Select(DepartmentDto.From)];
    }
}
