using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.IntegrationEvents;
using Welfare.Modules.PeerSupport.Domain.Directory;

namespace Welfare.Modules.PeerSupport.Application.Directory;

// The module's read model of who works where and who heads which department, from the directory's
// events (relay transaction + inbox); the same approach as the Overtime module's.

internal sealed class DepartmentChangedIntegrationEventHandler(IPeerSupportDbContext db) : INotificationHandler<DepartmentChangedIntegrationEvent>
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

internal sealed class EmployeeRegisteredIntegrationEventHandler(IPeerSupportDbContext db) : INotificationHandler<EmployeeRegisteredIntegrationEvent>
{
    public async Task Handle(EmployeeRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        var employee = await PeerSupportDirectory.FindAsync(db, e.EmployeeId, cancellationToken);
        if (employee is null)
        {
            employee = new DirectoryEmployee(e.EmployeeId, e.Status);
            db.Employees.Add(employee);
        }

        employee.SetStatus(e.Status);
        employee.AssignFrom(e.DepartmentCode, e.EffectiveDate > e.JoinedOn ? e.EffectiveDate : e.JoinedOn);
        if (e.Status == "Left")
        {
            employee.Leave(e.EffectiveDate);
        }
    }
}

internal sealed class EmployeeChangedIntegrationEventHandler(IPeerSupportDbContext db) : INotificationHandler<EmployeeChangedIntegrationEvent>
{
    public async Task Handle(EmployeeChangedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await PeerSupportDirectory.FindAsync(db, e.EmployeeId, cancellationToken))?.SetStatus(e.Status);
}

internal sealed class EmployeeTransferredIntegrationEventHandler(IPeerSupportDbContext db) : INotificationHandler<EmployeeTransferredIntegrationEvent>
{
    public async Task Handle(EmployeeTransferredIntegrationEvent e, CancellationToken cancellationToken) =>
        (await PeerSupportDirectory.FindAsync(db, e.EmployeeId, cancellationToken))?.AssignFrom(e.ToDepartmentCode, e.EffectiveDate);
}

internal sealed class EmployeeLeftIntegrationEventHandler(IPeerSupportDbContext db) : INotificationHandler<EmployeeLeftIntegrationEvent>
{
    public async Task Handle(EmployeeLeftIntegrationEvent e, CancellationToken cancellationToken) =>
        (await PeerSupportDirectory.FindAsync(db, e.EmployeeId, cancellationToken))?.Leave(e.LastDay);
}

internal sealed class DepartmentHeadAssignedIntegrationEventHandler(IPeerSupportDbContext db) : INotificationHandler<DepartmentHeadAssignedIntegrationEvent>
{
    public Task Handle(DepartmentHeadAssignedIntegrationEvent e, CancellationToken cancellationToken)
    {
        db.DepartmentHeads.Add(new DirectoryDepartmentHead(e.DepartmentCode, e.HeadEmployeeId, e.EffectiveFrom));
        return Task.CompletedTask;
    }
}

internal static class PeerSupportDirectory
{
    public static Task<DirectoryEmployee?> FindAsync(IPeerSupportDbContext db, string employeeId, CancellationToken cancellationToken) =>
        db.Employees.Include(d => d.Assignments).SingleOrDefaultAsync(d => d.EmployeeId == employeeId, cancellationToken);

    public static async Task<string?> DepartmentOfAsync(IPeerSupportDbContext db, string employeeId, DateOnly on, CancellationToken cancellationToken) =>
        (await db.Employees.AsNoTracking().Include(d => d.Assignments).SingleOrDefaultAsync(d => d.EmployeeId == employeeId, cancellationToken))?.DepartmentOn(on);

    /// <summary>Who heads the department on a day in the directory: whoever took office last by then.</summary>
    public static async Task<string?> HeadOfAsync(IPeerSupportDbContext db, string departmentCode, DateOnly on, CancellationToken cancellationToken) =>
        (await db.DepartmentHeads.AsNoTracking().Where(h => h.DepartmentCode == departmentCode && h.From <= on)
            .OrderByDescending(h => h.From).ThenByDescending(h => h.Id).FirstOrDefaultAsync(cancellationToken))?.EmployeeId;
}
