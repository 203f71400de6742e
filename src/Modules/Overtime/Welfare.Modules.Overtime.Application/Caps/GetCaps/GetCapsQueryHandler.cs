using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Caps.GetCaps;

internal sealed class GetCapsQueryHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetCapsQuery, PagedList<PersonalCapDto>>
{
    private const string Action = "overtime.cap.read";

    public async Task<PagedList<PersonalCapDto>> Handle(GetCapsQuery request, CancellationToken cancellationToken)
    {
        var employee = await db.EmployeeAsync(request.EmployeeId, cancellationToken);
        var department = employee?.DepartmentOn(clock.Today());
        var allowed = user.Id == request.EmployeeId
            || (employee is not null
                && (OvertimeAccess.RunsTheScheme(user)
                    || (department is not null && await db.HeadsAsync(user, department, clock.Today(), cancellationToken))));
        if (!allowed)
        {
            audit.Record(Action, "PersonalCap", request.EmployeeId, AuditOutcome.Denied);
            throw new NotFoundException("Employee", request.EmployeeId);
        }

        audit.Record(Action, "PersonalCap", request.EmployeeId, AuditOutcome.Allowed);
        return await CapList.OfAsync(db, request.EmployeeId, request.Paging, cancellationToken);
    }
}

internal static class CapList
{
    public static async Task<PagedList<PersonalCapDto>> OfAsync(IOvertimeDbContext db, string employeeId, PageRequest paging, CancellationToken cancellationToken) =>
        (await db.PersonalCaps.AsNoTracking().Where(c => c.EmployeeId == employeeId).OrderByDescending(c => c.From).ThenByDescending(c => c.SetAt).ThenBy(c => c.Id)
            .ToPagedListAsync(paging, cancellationToken)).Map(PersonalCapDto.Of);
}
