using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.GetLeaveCases;

internal sealed class GetLeaveCasesQueryHandler(IReturnToWorkDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetLeaveCasesQuery, PagedList<LeaveCaseDto>>
{
    private const string Action = "leave-case.read";

    public async Task<PagedList<LeaveCaseDto>> Handle(GetLeaveCasesQuery request, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var employee = await db.EmployeeAsync(request.EmployeeId, cancellationToken);
        var department = employee?.DepartmentOn(today);
        var allowed = employee is not null
            && (user.Id == request.EmployeeId
                || user.IsInRole(Roles.WelfareOfficer) || user.IsInRole(Roles.Physician) || user.IsInRole(Roles.PersonnelSystem)
                || (department is not null && await db.HeadsAsync(user, department, today, cancellationToken)));
        if (!allowed)
        {
            audit.Record(Action, "Employee", request.EmployeeId, AuditOutcome.Denied);
            throw new NotFoundException("Employee", request.EmployeeId);
        }

        audit.Record(Action, "Employee", request.EmployeeId, AuditOutcome.Allowed);
        var cases = await db.LeaveCases.AsNoTracking().Where(l => l.EmployeeId == request.EmployeeId).OrderByDescending(l => l.StartedOn).ThenBy(l => l.Id)
            .ToPagedListAsync(request.Paging, cancellationToken);
        return cases.Map(l => LeaveCaseDto.From(l, today));
    }
}
