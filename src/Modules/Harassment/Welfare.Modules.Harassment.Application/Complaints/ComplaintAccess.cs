using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints;

internal enum ComplaintView
{
    /// <summary>The assigned counsellors, and the personnel officer once the case is referred.</summary>
    Full,

    /// <summary>The complainant: their intake record (to confirm it), what they were told, the status.</summary>
    Complainant,
}

/// <summary>
/// The seal on complaint records (別紙第2 第1-3, 第2-2(6)): the counsellors assigned to the complaint (while
/// still designated) read and write it; the personnel officer reads it once it is referred; the complainant
/// sees their own facts. Everyone else — the respondent, their supervisor, department heads, other
/// counsellors, the welfare officer — is told it does not exist. Every read, change and refusal is audited
/// with the complaint id only.
/// </summary>
internal sealed class ComplaintAccess(IHarassmentDbContext db, ICurrentUser user, IAuditTrail audit, RecordVersion version, TimeProvider clock)
{
    public const string RecordType = "HarassmentComplaint";

    public async Task<(Complaint Complaint, ComplaintView View)> ReadAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var view = complaint is null ? null : await ViewOfAsync(complaint, cancellationToken);
        if (view is null)
        {
            audit.Record(action, RecordType, id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException(RecordType, id.ToString());
        }

        audit.Record(action, RecordType, id.ToString(), AuditOutcome.Allowed);
        version.Observe(complaint!);
        return (complaint!, view.Value);
    }

    /// <summary>Loads a complaint to change it: assigned counsellors only; anyone else gets 404 (audited).</summary>
    public async Task<Complaint> ChangeAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null || !await IsAssignedCounselorAsync(complaint, cancellationToken))
        {
            audit.Record(action, RecordType, id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException(RecordType, id.ToString());
        }

        audit.Record(action, RecordType, id.ToString(), AuditOutcome.Allowed);
        version.Observe(complaint);
        complaint.Touch(clock.GetUtcNow());
        return complaint;
    }

    /// <summary>Loads a complaint for the welfare officer's assignment of counsellors: no content leaves this class.</summary>
    public async Task<Complaint> AssignAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var welfareOfficer = complaint is not null && user.IsInRole(Roles.WelfareOfficer) && !complaint.Parties.Contains(user.Id);
        if (complaint is null || !(welfareOfficer || await IsAssignedCounselorAsync(complaint, cancellationToken)))
        {
            audit.Record(action, RecordType, id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException(RecordType, id.ToString());
        }

        audit.Record(action, RecordType, id.ToString(), AuditOutcome.Allowed);
        version.Observe(complaint);
        complaint.Touch(clock.GetUtcNow());
        return complaint;
    }

    public async Task<ComplaintView?> ViewOfAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        // A party who happens to hold the role (a respondent in the personnel division) gets no view through it.
        var personnel = complaint.ReferredToPersonnel && user.IsInRole(Roles.PersonnelOfficer) && !complaint.Parties.Contains(user.Id);
        if (personnel || await IsAssignedCounselorAsync(complaint, cancellationToken))
        {
            return ComplaintView.Full;
        }

        return complaint.ComplainantId == user.Id ? ComplaintView.Complainant : null;
    }

    private async Task<bool> IsAssignedCounselorAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        if (!complaint.ActiveCounselorIds.Contains(user.Id) || complaint.Parties.Contains(user.Id))
        {
            return false;
        }

        var today = clock.Today();
        return await db.Counselors.AnyAsync(c => c.EmployeeId == user.Id && c.DesignatedOn <= today && (c.ReleasedOn == null || c.ReleasedOn > today), cancellationToken);
    }
}
