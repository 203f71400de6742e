using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.IntegrationEvents;
using Welfare.Modules.Overtime.Domain.Directory;

namespace Welfare.Modules.Overtime.Application.Directory;

// The module's read model of who works where, from the directory's events (relay transaction + inbox).

internal sealed class EmployeeRegisteredIntegrationEventHandler(IOvertimeDbContext db) : INotificationHandler<EmployeeRegisteredIntegrationEvent>
{
    public async Task Handle(EmployeeRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        var employee = await OvertimeDirectory.FindAsync(db, e.EmployeeId, cancellationToken);
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

internal sealed class EmployeeChangedIntegrationEventHandler(IOvertimeDbContext db) : INotificationHandler<EmployeeChangedIntegrationEvent>
{
    public async Task Handle(EmployeeChangedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await OvertimeDirectory.FindAsync(db, e.EmployeeId, cancellationToken))?.SetStatus(e.Status);
}

internal sealed class EmployeeTransferredIntegrationEventHandler(IOvertimeDbContext db) : INotificationHandler<EmployeeTransferredIntegrationEvent>
{
    public async Task Handle(EmployeeTransferredIntegrationEvent e, CancellationToken cancellationToken) =>
        (await OvertimeDirectory.FindAsync(db, e.EmployeeId, cancellationToken))?.AssignFrom(e.ToDepartmentCode, e.EffectiveDate);
}

internal sealed class EmployeeLeftIntegrationEventHandler(IOvertimeDbContext db) : INotificationHandler<EmployeeLeftIntegrationEvent>
{
    public async Task Handle(EmployeeLeftIntegrationEvent e, CancellationToken cancellationToken) =>
        (await OvertimeDirectory.FindAsync(db, e.EmployeeId, cancellationToken))?.Leave(e.LastDay);
}

internal sealed class DepartmentHeadAssignedIntegrationEventHandler(IOvertimeDbContext db) : INotificationHandler<DepartmentHeadAssignedIntegrationEvent>
{
    public Task Handle(DepartmentHeadAssignedIntegrationEvent e, CancellationToken cancellationToken)
    {
        db.DepartmentHeads.Add(new DirectoryDepartmentHead(e.DepartmentCode, e.HeadEmployeeId, e.EffectiveFrom));
        return Task.CompletedTask;
    }
}

internal static class OvertimeDirectory
{
    public static Task<DirectoryEmployee?> FindAsync(IOvertimeDbContext db, string employeeId, CancellationToken cancellationToken) =>
        db.Employees.Include(d => d.Assignments).SingleOrDefaultAsync(d => d.EmployeeId == employeeId, cancellationToken);

    /// <summary>
    /// Heads the department on <paramref name="on"/>: role department-head, and the head in the directory
    /// (whoever took office last by then) or the department of the token.
    /// </summary>
    public static async Task<bool> HeadsAsync(IOvertimeDbContext db, SharedKernel.Application.Security.ICurrentUser user, string departmentCode, DateOnly on, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(SharedKernel.Application.Security.Roles.DepartmentHead))
        {
            return false;
        }

        if (user.Department == departmentCode)
        {
            return true;
        }

        var latest = await db.DepartmentHeads.AsNoTracking().Where(h => h.DepartmentCode == departmentCode && h.From <= on)
            .OrderByDescending(h => h.From).ThenByDescending(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        return latest?.EmployeeId == user.Id;
    }
}
