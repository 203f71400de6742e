using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns;

/// <summary>How the caller stands to a case (art. 17 confidentiality: each sees only what their duty needs).</summary>
[Flags]
internal enum CaseRelation
{
    None = 0,
    Participant = 1,
    DepartmentHead = 2,
    SupportOfficer = 4,
    Physician = 8,
    WelfareOfficer = 16,
    Director = 32,
}

/// <summary>
/// Per-case access: the participant, the head of their department, the designated support officer,
/// physicians, welfare officers and the director know a case exists; everyone else is told it does
/// not (404). Acting needs the right relation (otherwise 403). Every decision is audited, never content.
/// </summary>
internal sealed class PreReturnAccess(IReturnToWorkDbContext db, ICurrentUser user, IAuditTrail audit, RecordVersion version, TimeProvider clock)
{
    public const string RecordType = "PreReturn";

    public async Task<(PreReturn Case, CaseRelation Relation)> LoadAsync(Guid id, string action, bool track, CancellationToken cancellationToken)
    {
        var cases = track ? db.PreReturns : db.PreReturns.AsNoTracking();
        var found = await cases.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        var relation = found is null ? CaseRelation.None : await RelationAsync(found, cancellationToken);
        if (relation == CaseRelation.None)
        {
            audit.Record(action, RecordType, id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException(RecordType, id.ToString());
        }

        if (!track)
        {
            // A read; a change names its record once the caller's part in it is checked (ForAsync).
            version.Observe(found!);
        }

        return (found!, relation);
    }

    /// <summary>Loads a case for a change that only <paramref name="allowed"/> may make.</summary>
    public async Task<(PreReturn Case, CaseRelation Relation)> ForAsync(Guid id, string action, CaseRelation allowed, CancellationToken cancellationToken)
    {
        var (found, relation) = await LoadAsync(id, action, track: true, cancellationToken);
        Ensure(found, relation, action, allowed);
        version.Observe(found);
        return (found, relation);
    }

    public void Ensure(PreReturn found, CaseRelation relation, string action, CaseRelation allowed)
    {
        if ((relation & allowed) == CaseRelation.None)
        {
            audit.Record(action, RecordType, found.Id.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException(new LocalizedText("この事案でこの操作を行う権限がありません。", "Your part in this case does not include this operation."));
        }

        audit.Record(action, RecordType, found.Id.ToString(), AuditOutcome.Allowed);
    }

    public async Task<CaseRelation> RelationAsync(PreReturn found, CancellationToken cancellationToken)
    {
        var relation = CaseRelation.None;
        if (found.EmployeeId == user.Id)
        {
            relation |= CaseRelation.Participant;
        }

        if (found.SupportOfficerId == user.Id)
        {
            relation |= CaseRelation.SupportOfficer;
        }

        if (user.IsInRole(Roles.Physician))
        {
            relation |= CaseRelation.Physician;
        }

        if (user.IsInRole(Roles.WelfareOfficer))
        {
            relation |= CaseRelation.WelfareOfficer;
        }

        if (user.IsInRole(Roles.ProgramDirector))
        {
            relation |= CaseRelation.Director;
        }

        if (found.EmployeeId != user.Id && await db.HeadsAsync(user, found.DepartmentCode, clock.Today(), cancellationToken))
        {
            relation |= CaseRelation.DepartmentHead;
        }

        return relation;
    }
}
