using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application;

/// <summary>Who the caller is in the scheme today: head of a department, supporter, coordinator, welfare officer.</summary>
internal sealed class PeerSupportAccess(IPeerSupportDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
{
    public DateOnly Today => clock.Today();

    public bool IsWelfareOfficer => user.IsInRole(Roles.WelfareOfficer);

    /// <summary>
    /// Those who decide on personnel matters (第4-5(4)): department heads and personnel officers never see a
    /// consultation, whatever else they are designated as.
    /// </summary>
    public bool DecidesPersonnelMatters => user.IsInRole(Roles.DepartmentHead) || user.IsInRole(Roles.PersonnelOfficer);

    /// <summary>Role department-head, and the head in the directory today (never the token's department alone).</summary>
    public Task<bool> HeadsAsync(string departmentCode, CancellationToken cancellationToken) =>
        db.HeadsAsync(user, departmentCode, Today, cancellationToken);

    public Task<bool> IsSupporterAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        return db.Supporters.AnyAsync(s => s.EmployeeId == user.Id && s.DesignatedOn <= today && (s.ReleasedOn == null || today < s.ReleasedOn), cancellationToken);
    }

    public Task<bool> IsCoordinatorAsync(CancellationToken cancellationToken) => IsCoordinatorAsync(user.Id, cancellationToken);

    public Task<bool> IsCoordinatorAsync(string employeeId, CancellationToken cancellationToken)
    {
        var today = Today;
        return db.Coordinators.AnyAsync(c => c.EmployeeId == employeeId && c.DesignatedOn <= today && (c.ReleasedOn == null || today < c.ReleasedOn), cancellationToken);
    }

    /// <summary>The head's functions for a department; anyone else is told the department does not exist (audited).</summary>
    public async Task EnsureHeadsAsync(string departmentCode, string action, CancellationToken cancellationToken)
    {
        if (!await HeadsAsync(departmentCode, cancellationToken))
        {
            audit.Record(action, "Department", departmentCode, AuditOutcome.Denied);
            throw new NotFoundException("Department", departmentCode);
        }
    }

    /// <summary>The department's head or a welfare officer (the division the reports go to); anyone else 404.</summary>
    public async Task EnsureHeadsOrWelfareAsync(string departmentCode, string action, CancellationToken cancellationToken)
    {
        if (!IsWelfareOfficer)
        {
            await EnsureHeadsAsync(departmentCode, action, cancellationToken);
        }
    }

    /// <summary>Functions of supporters, coordinators and welfare officers (e.g. the counsellor registry); others 403.</summary>
    public async Task EnsureInTheSchemeAsync(string action, string recordType, CancellationToken cancellationToken)
    {
        if (IsWelfareOfficer || await IsCoordinatorAsync(cancellationToken) || await IsSupporterAsync(cancellationToken))
        {
            return;
        }

        audit.Record(action, recordType, "*", AuditOutcome.Denied);
        throw new ForbiddenException(new LocalizedText(
            "ピアサポーター、コーディネーター又は厚生課の担当者のみが利用できます。",
            "Only peer supporters, coordinators and welfare officers may use this function."));
    }
}
