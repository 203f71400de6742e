using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Interviews;

internal enum InterviewView
{
    /// <summary>Everything: the employee, the welfare officer, the scheduled physician.</summary>
    Full,

    /// <summary>Who, month, status and work measures only.</summary>
    DepartmentHead,
}

/// <summary>
/// Who sees a long-hours interview case: the employee, welfare officers (who run the interviews), the
/// physician it is scheduled with, and — limited to status and work measures — the head of the employee's
/// department in that month or today. Everyone else gets 404. Every read and refusal is audited, with the
/// case id only.
/// </summary>
internal sealed class LongHoursInterviewAccess(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, RecordVersion version, TimeProvider clock)
{
    public const string RecordType = "LongHoursInterview";

    public async Task<(LongHoursInterview Interview, InterviewView View)> ReadAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var interview = await db.LongHoursInterviews.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        var view = interview is null ? null : await ViewOfAsync(interview, cancellationToken);
        if (view is null)
        {
            audit.Record(action, RecordType, id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException(RecordType, id.ToString());
        }

        audit.Record(action, RecordType, id.ToString(), AuditOutcome.Allowed);
        version.Observe(interview!);
        return (interview!, view.Value);
    }

    /// <summary>Loads a case to change it, if <paramref name="may"/> says the caller may; otherwise 404 (audited).</summary>
    public async Task<LongHoursInterview> ChangeAsync(Guid id, Func<LongHoursInterview, bool> may, string action, CancellationToken cancellationToken)
    {
        var interview = await db.LongHoursInterviews.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (interview is null || !may(interview))
        {
            audit.Record(action, RecordType, id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException(RecordType, id.ToString());
        }

        audit.Record(action, RecordType, id.ToString(), AuditOutcome.Allowed);
        version.Observe(interview);
        return interview;
    }

    public async Task<InterviewView?> ViewOfAsync(LongHoursInterview interview, CancellationToken cancellationToken)
    {
        if (user.Id == interview.EmployeeId || user.IsInRole(Roles.WelfareOfficer)
            || (user.IsInRole(Roles.Physician) && interview.PhysicianId == user.Id))
        {
            return InterviewView.Full;
        }

        if (!user.IsInRole(Roles.DepartmentHead))
        {
            return null;
        }

        var today = clock.Today();
        if (interview.DepartmentCode is not null && await db.HeadsAsync(user, interview.DepartmentCode, today, cancellationToken))
        {
            return InterviewView.DepartmentHead;
        }

        var current = (await db.EmployeeAsync(interview.EmployeeId, cancellationToken))?.DepartmentOn(today);
        return current is not null && current != interview.DepartmentCode && await db.HeadsAsync(user, current, today, cancellationToken)
            ? InterviewView.DepartmentHead
            : null;
    }
}
