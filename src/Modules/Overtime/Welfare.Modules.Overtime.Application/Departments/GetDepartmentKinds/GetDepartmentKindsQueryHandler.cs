using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Departments.GetDepartmentKinds;

internal sealed class GetDepartmentKindsQueryHandler(IOvertimeDbContext db, DirectoryFreshness freshness, TimeProvider clock) : IRequestHandler<GetDepartmentKindsQuery, PagedList<DepartmentKindDto>>
{
    public async Task<PagedList<DepartmentKindDto>> Handle(GetDepartmentKindsQuery request, CancellationToken cancellationToken)
    {
        var on = request.AsOf ?? clock.Today();
        var page = await db.DirectoryDepartments.AsNoTracking().Where(DirectoryDepartment.OpenOn(on)).OrderBy(d => d.DepartmentCode)
            .ToPagedListAsync(request.Paging, cancellationToken);
        var codes = page.Items.Select(d => d.DepartmentCode).ToList();
        var asOf = await freshness.AsOfAsync(db, cancellationToken);
        var designations = await db.Designations.AsNoTracking().Where(x => codes.Contains(x.DepartmentCode)).ToListAsync(cancellationToken);
        return page.Map(d =>
        {
            var designation = designations.FirstOrDefault(x => x.DepartmentCode == d.DepartmentCode && x.Covers(on));
            return new DepartmentKindDto(d.DepartmentCode, d.Name, designation is null ? DepartmentKind.Standard : DepartmentKind.OtherDriven,
                designation?.Reason, designation?.From, designation?.To);
        }) with { DirectoryAsOf = asOf };
    }
}
