using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.IntegrationEvents;
using Welfare.Modules.Overtime.Domain.Directory;

namespace Welfare.Modules.Overtime.Application.Directory;

/// <summary>Keeps this module's list of departments (for kinds and the other-driven share) from the directory's events.</summary>
internal sealed class DepartmentChangedIntegrationEventHandler(IOvertimeDbContext db) : INotificationHandler<DepartmentChangedIntegrationEvent>
{
    public async Task Handle(DepartmentChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var department = await db.Departments.SingleOrDefaultAsync(d => d.DepartmentCode == e.DepartmentCode, cancellationToken);
        if (department is null)
        {
            db.Departments.Add(new DirectoryDepartment(e.DepartmentCode, e.Name, e.EffectiveFrom, e.EffectiveTo));
        }
        else
        {
            department.Update(e.Name, e.EffectiveFrom, e.EffectiveTo);
        }
    }
}
