using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Domain;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Organisation.Application.Departments.AssignDepartmentHead;

internal sealed class AssignDepartmentHeadCommandHandler(IOrganisationDbContext db, OrganisationEvents events, IAuditTrail audit, RecordVersion version)
    : IRequestHandler<AssignDepartmentHeadCommand, DepartmentDetailDto>
{
    public async Task<DepartmentDetailDto> Handle(AssignDepartmentHeadCommand request, CancellationToken cancellationToken)
    {
        var code = new DepartmentCode(request.DepartmentCode);
        var department = await db.Departments.Include(d => d.Heads).SingleOrDefaultAsync(d => d.Id == code, cancellationToken)
            ?? throw new NotFoundException("Department", request.DepartmentCode);
        version.Observe(department);
        var headId = new EmployeeId(request.EmployeeId);
        var head = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == headId, cancellationToken);
        if (head is null || head.Status == EmployeeStatus.Left)
        {
            throw new BusinessRuleViolationException(OrganisationProblems.UnknownEmployee, new LocalizedText(
                $"職員番号 {request.EmployeeId} の在職者が見つかりません。", $"No serving employee has the staff number {request.EmployeeId}."));
        }

        department.AssignHead(headId, request.EffectiveFrom);
        events.Publish(department);
        audit.Record("department.head.assign", "Department", code.Value, AuditOutcome.Allowed);
        return new DepartmentDetailDto(
            DepartmentDto.From(department),
            [.. department.Heads.Select(h => new DepartmentHeadTermDto(h.EmployeeId.Value, h.From, h.To))]);
    }
}
