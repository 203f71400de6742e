using Welfare.Modules.Overtime.Application.Directory;
using Welfare.Modules.Overtime.Domain.Directory;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Schedules;

/// <summary>An employee's schedule is seen by them, set by the head of their department, and both by the scheme's officers.</summary>
internal sealed class ScheduleAccess(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit)
{
    public async Task<DirectoryEmployee> LoadAsync(string employeeId, DateOnly on, bool toChange, string action, CancellationToken cancellationToken)
    {
        var employee = await OvertimeDirectory.FindAsync(db, employeeId, cancellationToken);
        var department = employee?.DepartmentOn(on);
        var allowed = employee is not null
            && (OvertimeAccess.RunsTheScheme(user)
                || (!toChange && user.Id == employeeId)
                || (department is not null && await OvertimeDirectory.HeadsAsync(db, user, department, on, cancellationToken)));
        if (!allowed)
        {
            audit.Record(action, "WorkSchedule", employeeId, AuditOutcome.Denied);
            throw new NotFoundException("Employee", employeeId);
        }

        audit.Record(action, "WorkSchedule", employeeId, AuditOutcome.Allowed);
        return employee!;
    }
}
