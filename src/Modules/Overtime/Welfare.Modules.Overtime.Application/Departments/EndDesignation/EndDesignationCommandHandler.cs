using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Overtime.Application.Departments.EndDesignation;

internal sealed class EndDesignationCommandHandler(IOvertimeDbContext db, IAuditTrail audit) : IRequestHandler<EndDesignationCommand, DesignationDto>
{
    public async Task<DesignationDto> Handle(EndDesignationCommand request, CancellationToken cancellationToken)
    {
        var designation = await db.Designations.SingleOrDefaultAsync(d => d.DepartmentCode == request.DepartmentCode && d.To == null, cancellationToken)
            ?? throw new NotFoundException("OtherDrivenDesignation", request.DepartmentCode);
        designation.EndOn(request.LastDay);
        audit.Record("department.other-driven.end", "Department", request.DepartmentCode, AuditOutcome.Allowed);
        return DesignationDto.Of(designation);
    }
}
