using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Organisation.Application.Departments.GetDepartment;

internal sealed class GetDepartmentQueryHandler(IOrganisationDbContext db, RecordVersion version) : IRequestHandler<GetDepartmentQuery, DepartmentDetailDto>
{
    public async Task<DepartmentDetailDto> Handle(GetDepartmentQuery request, CancellationToken cancellationToken)
    {
        var code = DepartmentCode.IsValid(request.DepartmentCode) ? new DepartmentCode(request.DepartmentCode) : default;
        var department = await db.Departments.AsNoTracking().Include(d => d.Heads).SingleOrDefaultAsync(d => d.Id == code, cancellationToken)
            ?? throw new NotFoundException("Department", request.DepartmentCode);
        version.Observe(department);
        return new DepartmentDetailDto(
            DepartmentDto.From(department),
            [.. department.Heads.Select(h => new DepartmentHeadTermDto(h.EmployeeId.Value, h.From, h.To))]);
    }
}
