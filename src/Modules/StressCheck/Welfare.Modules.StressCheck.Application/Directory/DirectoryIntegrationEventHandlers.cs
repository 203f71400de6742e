using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.IntegrationEvents;
using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.Directory;

namespace Welfare.Modules.StressCheck.Application.Directory;

// The module's read model of the directory. Each handler runs in the relay's transaction with the
// inbox row, so a redelivered event changes nothing.

internal sealed class EmployeeRegisteredIntegrationEventHandler(IStressCheckDbContext db) : INotificationHandler<EmployeeRegisteredIntegrationEvent>
{
    public async Task Handle(EmployeeRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        var employee = await DirectoryReadModel.FindAsync(db, e.EmployeeId, cancellationToken);
        if (employee is null)
        {
            employee = new DirectoryEmployee(e.EmployeeId, DirectoryReadModel.SexOf(e.Sex), e.EmploymentType, e.Status);
            db.DirectoryEmployees.Add(employee);
        }
        else
        {
            employee.Update(DirectoryReadModel.SexOf(e.Sex), e.EmploymentType, e.Status);
        }

        employee.AssignFrom(e.DepartmentCode, e.EffectiveDate > e.JoinedOn ? e.EffectiveDate : e.JoinedOn);
        if (e.Status == "Left")
        {
            employee.Leave(e.EffectiveDate);
        }
    }
}

internal sealed class EmployeeChangedIntegrationEventHandler(IStressCheckDbContext db) : INotificationHandler<EmployeeChangedIntegrationEvent>
{
    public async Task Handle(EmployeeChangedIntegrationEvent e, CancellationToken cancellationToken) =>
        (await DirectoryReadModel.FindAsync(db, e.EmployeeId, cancellationToken))?.Update(DirectoryReadModel.SexOf(e.Sex), e.EmploymentType, e.Status);
}

internal sealed class EmployeeTransferredIntegrationEventHandler(IStressCheckDbContext db) : INotificationHandler<EmployeeTransferredIntegrationEvent>
{
    public async Task Handle(EmployeeTransferredIntegrationEvent e, CancellationToken cancellationToken) =>
        (await DirectoryReadModel.FindAsync(db, e.EmployeeId, cancellationToken))?.AssignFrom(e.ToDepartmentCode, e.EffectiveDate);
}

internal sealed class EmployeeLeftIntegrationEventHandler(IStressCheckDbContext db) : INotificationHandler<EmployeeLeftIntegrationEvent>
{
    public async Task Handle(EmployeeLeftIntegrationEvent e, CancellationToken cancellationToken) =>
        (await DirectoryReadModel.FindAsync(db, e.EmployeeId, cancellationToken))?.Leave(e.LastDay);
}

internal sealed class DepartmentHeadAssignedIntegrationEventHandler(IStressCheckDbContext db) : INotificationHandler<DepartmentHeadAssignedIntegrationEvent>
{
    public Task Handle(DepartmentHeadAssignedIntegrationEvent e, CancellationToken cancellationToken)
    {
        db.DepartmentHeads.Add(new DirectoryDepartmentHead(e.DepartmentCode, e.HeadEmployeeId, e.EffectiveFrom));
        return Task.CompletedTask;
    }
}

internal static class DirectoryReadModel
{
    public static Task<DirectoryEmployee?> FindAsync(IStressCheckDbContext db, string employeeId, CancellationToken cancellationToken) =>
        db.DirectoryEmployees.Include(d => d.Assignments).SingleOrDefaultAsync(d => d.EmployeeId == employeeId, cancellationToken);

    public static Sex SexOf(string value) => value == "Male" ? Sex.Male : Sex.Female;
}
