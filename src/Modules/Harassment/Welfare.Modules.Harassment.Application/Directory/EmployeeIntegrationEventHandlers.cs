using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Directory;
using Welfare.Modules.Organisation.IntegrationEvents;

namespace Welfare.Modules.Harassment.Application.Directory;

// The module's read model of the directory, from the Organisation module's events (relay transaction + inbox).

internal sealed class EmployeeRegisteredIntegrationEventHandler(IHarassmentDbContext db) : INotificationHandler<EmployeeRegisteredIntegrationEvent>
{
    public async Task Handle(EmployeeRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.SingleOrDefaultAsync(d => d.EmployeeId == e.EmployeeId, cancellationToken);
        if (employee is null)
        {
            db.Employees.Add(new DirectoryEmployee(e.EmployeeId, e.DepartmentCode, e.AppointingAuthority, e.GradeRank, e.Status, e.JoinedOn));
            return;
        }

        var settings = await HarassmentSettingsReader.LoadAsync(db, cancellationToken);
        employee.Change(e.AppointingAuthority, e.GradeRank, e.Status, e.EffectiveDate, settings.SupervisorGradeRank);
        employee.Transfer(e.DepartmentCode);
    }
}

internal sealed class EmployeeChangedIntegrationEventHandler(IHarassmentDbContext db) : INotificationHandler<EmployeeChangedIntegrationEvent>
{
    public async Task Handle(EmployeeChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.SingleOrDefaultAsync(d => d.EmployeeId == e.EmployeeId, cancellationToken);
        if (employee is not null)
        {
            var settings = await HarassmentSettingsReader.LoadAsync(db, cancellationToken);
            employee.Change(e.AppointingAuthority, e.GradeRank, e.Status, e.EffectiveDate, settings.SupervisorGradeRank);
        }
    }
}

internal sealed class EmployeeTransferredIntegrationEventHandler(IHarassmentDbContext db) : INotificationHandler<EmployeeTransferredIntegrationEvent>
{
    public async Task Handle(EmployeeTransferredIntegrationEvent e, CancellationToken cancellationToken) =>
        (await db.Employees.SingleOrDefaultAsync(d => d.EmployeeId == e.EmployeeId, cancellationToken))?.Transfer(e.ToDepartmentCode);
}

internal sealed class EmployeeLeftIntegrationEventHandler(IHarassmentDbContext db) : INotificationHandler<EmployeeLeftIntegrationEvent>
{
    public async Task Handle(EmployeeLeftIntegrationEvent e, CancellationToken cancellationToken) =>
        (await db.Employees.SingleOrDefaultAsync(d => d.EmployeeId == e.EmployeeId, cancellationToken))?.Leave();
}
