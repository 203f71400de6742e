using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Departments.DesignateOtherDriven;

internal sealed class DesignateOtherDrivenCommandHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<DesignateOtherDrivenCommand, DesignationDto>
{
    public async Task<DesignationDto> Handle(DesignateOtherDrivenCommand request, CancellationToken cancellationToken)
    {
        if (!await db.DirectoryDepartments.AnyAsync(d => d.DepartmentCode == request.DepartmentCode, cancellationToken))
        {
            throw new BusinessRuleViolationException(OvertimeProblems.UnknownDepartment, new LocalizedText(
                $"所属コード「{request.DepartmentCode}」は職員名簿にありません。", $"The department '{request.DepartmentCode}' is not in the directory."));
        }

        var existing = await db.Designations.AsNoTracking().Where(d => d.DepartmentCode == request.DepartmentCode).ToListAsync(cancellationToken);
        if (existing.Any(d => d.Overlaps(request.From, request.To)))
        {
            throw new ConflictException(OvertimeProblems.DesignationOverlaps);
        }

        var now = clock.GetUtcNow();
        var designation = new OtherDrivenDesignation(Guid.CreateVersion7(now), request.DepartmentCode, request.From, request.To, request.Reason, user.Id, now);
        db.Designations.Add(designation);
        audit.Record("department.other-driven.designate", "Department", request.DepartmentCode, AuditOutcome.Allowed);
        return DesignationDto.Of(designation);
    }
}
