using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.IntegrationEvents;
using Welfare.Modules.ReturnToWork.Domain.Directory;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Directory;

// The module's read model of the directory (who works where, with which grade; who heads what). Each
// handler runs in the relay's transaction with the inbox row, so a redelivered event changes nothing.

internal sealed class DepartmentChangedIntegrationEventHandler(IReturnToWorkDbContext db) : INotificationHandler<DepartmentChangedIntegrationEvent>
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

internal sealed class EmployeeRegisteredIntegrationEventHandler(IReturnToWorkDbContext db) : INotificationHandler<EmployeeRegisteredIntegrationEvent>
{
    public async Task Handle(EmployeeRegisteredIntegrationEvent e, CancellationToken cancellationToken)
    {
        var employee = await ReturnToWorkDirectory.FindAsync(db, e.EmployeeId, cancellationToken);
        if (employee is null)
        {
            employee = new DirectoryEmployee(e.EmployeeId, e.Status, e.GradeCode, e.GradeRank);
            db.Employees.Add(employee);
        }

        employee.Update(e.Status, e.GradeCode, e.GradeRank);
        employee.AssignFrom(e.DepartmentCode, e.EffectiveDate > e.JoinedOn ? e.EffectiveDate : e.JoinedOn);
        if (e.Status == "Left")
        {
            employee.Leave(e.EffectiveDate);
        }

        await ReturnToWorkDirectory.NoteGradeAsync(db, e.GradeCode, e.GradeRank, cancellationToken);
    }
}

internal sealed class EmployeeChangedIntegrationEventHandler(IReturnToWorkDbContext db) : INotificationHandler<EmployeeChangedIntegrationEvent>
{
    public async Task Handle(EmployeeChangedIntegrationEvent e, CancellationToken cancellationToken)
    {
        (await ReturnToWorkDirectory.FindAsync(db, e.EmployeeId, cancellationToken))?.Update(e.Status, e.GradeCode, e.GradeRank);
        await ReturnToWorkDirectory.NoteGradeAsync(db, e.GradeCode, e.GradeRank, cancellationToken);
    }
}

internal sealed class EmployeeTransferredIntegrationEventHandler(IReturnToWorkDbContext db) : INotificationHandler<EmployeeTransferredIntegrationEvent>
{
    public async Task Handle(EmployeeTransferredIntegrationEvent e, CancellationToken cancellationToken) =>
        (await ReturnToWorkDirectory.FindAsync(db, e.EmployeeId, cancellationToken))?.AssignFrom(e.ToDepartmentCode, e.EffectiveDate);
}

internal sealed class EmployeeLeftIntegrationEventHandler(IReturnToWorkDbContext db) : INotificationHandler<EmployeeLeftIntegrationEvent>
{
    public async Task Handle(EmployeeLeftIntegrationEvent e, CancellationToken cancellationToken) =>
        (await ReturnToWorkDirectory.FindAsync(db, e.EmployeeId, cancellationToken))?.Leave(e.LastDay);
}

internal sealed class DepartmentHeadAssignedIntegrationEventHandler(IReturnToWorkDbContext db) : INotificationHandler<DepartmentHeadAssignedIntegrationEvent>
{
    public Task Handle(DepartmentHeadAssignedIntegrationEvent e, CancellationToken cancellationToken)
    {
        db.DepartmentHeads.Add(new DirectoryDepartmentHead(e.DepartmentCode, e.HeadEmployeeId, e.EffectiveFrom));
        return Task.CompletedTask;
    }
}

internal static class ReturnToWorkDirectory
{
    public static Task<DirectoryEmployee?> FindAsync(IReturnToWorkDbContext db, string employeeId, CancellationToken cancellationToken) =>
        db.Employees.Include(d => d.Assignments).SingleOrDefaultAsync(d => d.EmployeeId == employeeId, cancellationToken);

    public static async Task NoteGradeAsync(IReturnToWorkDbContext db, string gradeCode, int rank, CancellationToken cancellationToken)
    {
        var grade = db.Grades.Local.FirstOrDefault(g => g.GradeCode == gradeCode)
            ?? await db.Grades.SingleOrDefaultAsync(g => g.GradeCode == gradeCode, cancellationToken);
        if (grade is null)
        {
            db.Grades.Add(new DirectoryGrade(gradeCode, rank));
        }
        else if (grade.Rank != rank)
        {
            grade.Rerank(rank);
        }
    }

    /// <summary>
    /// Heads the department on <paramref name="on"/>: role department-head, and the head in the directory
    /// (whoever took office last by then) or the department of the token.
    /// </summary>
    public static async Task<bool> HeadsAsync(IReturnToWorkDbContext db, ICurrentUser user, string departmentCode, DateOnly on, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.DepartmentHead))
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
