using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Application.Departments.GetDepartmentKinds;

internal sealed class GetDepartmentKindsQueryHandler(IOvertimeDbContext db, TimeProvider clock) : IRequestHandler<GetDepartmentKindsQuery, IReadOnlyList<DepartmentKindDto>>
{
    public async Task<IReadOnlyList<DepartmentKindDto>> Handle(GetDepartmentKindsQuery request, CancellationToken cancellationToken)
    {
        var on = request.On ?? clock.Today();
        var departments = await db.Departments.AsNoTracking().ToListAsync(cancellationToken);
        var designations = await db.Designations.AsNoTracking().ToListAsync(cancellationToken);
        return [.. departments.Where(d => d.IsOpenOn(on)).OrderBy(d => d.DepartmentCode, StringComparer.Ordinal).Select(d =>
        {
            var designation = designations.FirstOrDefault(x => x.DepartmentCode == d.DepartmentCode && x.Covers(on));
            return new DepartmentKindDto(d.DepartmentCode, d.Name, designation is null ? DepartmentKind.Standard : DepartmentKind.OtherDriven,
                designation?.Reason, designation?.From, designation?.To);
        })];
    }
}
