using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application;

/// <summary>
/// Per-employee access in this module: the employee sees their own records, the head of their department
/// (on the day concerned) sees and manages them, and the scheme's officers both. Anyone else is told the
/// employee does not exist; every decision is audited.
/// </summary>
internal sealed class EmployeeAccess(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit)
{
    public async Task<DirectoryEmployee> LoadAsync(string employeeId, DateOnly on, bool toChange, string action, string recordType, CancellationToken cancellationToken)
    {
        var employee = await db.EmployeeAsync(employeeId, cancellationToken);
        var department = employee?.DepartmentOn(on);
        var allowed = employee is not null
            && (OvertimeAccess.RunsTheScheme(user)
                || (!toChange && user.Id == employeeId)
                || (department is not null && await db.HeadsAsync(user, department, on, cancellationToken)));
        if (!allowed)
        {
            audit.Record(action, recordType, employeeId, AuditOutcome.Denied);
            throw new NotFoundException("Employee", employeeId);
        }

        audit.Record(action, recordType, employeeId, AuditOutcome.Allowed);
        return employee!;
    }

    /// <summary>A department's lists: its head on the day, or the scheme's officers; anyone else gets 404.</summary>
    public async Task EnsureDepartmentAsync(string departmentCode, DateOnly on, string action, string recordType, CancellationToken cancellationToken)
    {
        var allowed = OvertimeAccess.RunsTheScheme(user) || await db.HeadsAsync(user, departmentCode, on, cancellationToken);
        if (!allowed)
        {
            audit.Record(action, recordType, departmentCode, AuditOutcome.Denied);
            throw new NotFoundException("Department", departmentCode);
        }

        audit.Record(action, recordType, departmentCode, AuditOutcome.Allowed);
    }
}
