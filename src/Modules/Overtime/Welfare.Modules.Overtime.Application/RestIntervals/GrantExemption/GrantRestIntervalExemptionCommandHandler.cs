using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Overtime.Domain;
using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.RestIntervals.GrantExemption;

internal sealed class GrantRestIntervalExemptionCommandHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GrantRestIntervalExemptionCommand, RestIntervalExemptionDto>
{
    public async Task<RestIntervalExemptionDto> Handle(GrantRestIntervalExemptionCommand request, CancellationToken cancellationToken)
    {
        var department = (await db.EmployeeAsync(request.EmployeeId, cancellationToken))?.DepartmentOn(request.WorkDate);
        if (department is null || !await db.HeadsAsync(user, department, request.WorkDate, cancellationToken))
        {
            audit.Record("rest-interval.exempt", "RestIntervalExemption", request.EmployeeId, AuditOutcome.Denied);
            throw new NotFoundException("Employee", request.EmployeeId);
        }

        if (await db.RestIntervalExemptions.AnyAsync(e => e.EmployeeId == request.EmployeeId && e.WorkDate == request.WorkDate, cancellationToken))
        {
            throw new ConflictException(OvertimeProblems.ExemptionExists);
        }

        var now = clock.GetUtcNow();
        var exemption = new RestIntervalExemption(Guid.CreateVersion7(now), request.EmployeeId, request.WorkDate, request.Kind, request.Reason, user.Id, now);
        db.RestIntervalExemptions.Add(exemption);
        audit.Record("rest-interval.exempt", "RestIntervalExemption", exemption.Id.ToString(), AuditOutcome.Allowed);
        return new RestIntervalExemptionDto(exemption.Id, exemption.EmployeeId, exemption.WorkDate, exemption.Kind, exemption.Reason, exemption.ApprovedBy, exemption.ApprovedAt);
    }
}
