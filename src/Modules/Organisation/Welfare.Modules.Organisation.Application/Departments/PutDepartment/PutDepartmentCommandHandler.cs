using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;

namespace Welfare.Modules.Organisation.Application.Departments.PutDepartment;

internal sealed class PutDepartmentCommandHandler(IOrganisationDbContext db, OrganisationEvents events, IAuditTrail audit, RecordVersion version)
    : IRequestHandler<PutDepartmentCommand, PutDepartmentResult>
{
    public async Task<PutDepartmentResult> Handle(PutDepartmentCommand request, CancellationToken cancellationToken)
    {
        // The whole tree is needed to refuse a parent that would close a cycle; it is small (hundreds of rows).
        var tree = await db.Departments.Include(d => d.Heads).ToDictionaryAsync(d => d.Id, cancellationToken);
        var code = new DepartmentCode(request.DepartmentCode);
        DepartmentCode? parent = request.ParentDepartmentCode is null ? null : new DepartmentCode(request.ParentDepartmentCode);

        var created = !tree.TryGetValue(code, out var department);
        if (department is null)
        {
            department = Department.Create(code, request.Name, parent, request.AppointingAuthority, request.EffectiveFrom, request.EffectiveTo, tree);
            db.Departments.Add(department);
            version.Created(department);
        }
        else
        {
            version.Observe(department);
            department.Update(request.Name, parent, request.AppointingAuthority, request.EffectiveFrom, request.EffectiveTo, tree);
        }

        events.Publish(department);
        audit.Record("department.put", "Department", code.Value, AuditOutcome.Allowed);
        return new PutDepartmentResult(created, DepartmentDto.From(department));
    }
}
