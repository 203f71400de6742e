using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Domain.Employees;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Organisation.Application.Employees;

/// <summary>
/// Loads one employee for the caller if they may see it: themselves, a directory officer, or the head of
/// the employee's current department. Anyone else gets 404, audited as a refusal.
/// </summary>
internal sealed class EmployeeReadAccess(IOrganisationDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Employee> LoadAsync(string employeeId, string action, CancellationToken cancellationToken)
    {
        Employee? employee = null;
        if (EmployeeId.IsValid(employeeId))
        {
            var id = new EmployeeId(employeeId);
            employee = await db.Employees.AsNoTracking().Include(e => e.Assignments).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        }

        var allowed = employee is not null
            && (user.Id == employeeId
                || DirectoryAccess.IsDirectoryOfficer(user)
                || (employee.DepartmentCode is { } department
                    && await DirectoryAccess.HeadsDepartmentAsync(db, user, department, clock.Today(), cancellationToken)));
        if (!allowed)
        {
            audit.Record(action, "Employee", employeeId, AuditOutcome.Denied);
            throw new NotFoundException("Employee", employeeId);
        }

        audit.Record(action, "Employee", employeeId, AuditOutcome.Allowed);
        return employee!;
    }
}
