using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Consultations;

/// <summary>
/// The confidentiality of a consultation (第4-2(2)ウ, 第4-5(4)): the recording supporter reads and changes
/// it, the subject employee reads it; a caller who decides on personnel matters never acts as its
/// supporter; everyone else, welfare officers and coordinators included, is told it does not exist.
/// Every decision is audited with the record's id only.
/// </summary>
internal sealed class ConsultationAccess(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit, RecordVersion version)
{
    public const string RecordType = "Consultation";

    public async Task<Consultation> ForSupporterAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var consultation = await LoadAsync(id, cancellationToken);
        if (consultation is not null && IsRecordingSupporter(consultation))
        {
            audit.Record(action, RecordType, id.ToString(), AuditOutcome.Allowed);
            version.Observe(consultation);
            return consultation;
        }

        audit.Record(action, RecordType, id.ToString(), AuditOutcome.Denied);
        if (consultation is not null && consultation.IsSubject(user.Id))
        {
            throw new ForbiddenException(new LocalizedText(
                "相談記録を変更できるのは記録したピアサポーターだけです。", "Only the peer supporter who recorded this consultation may change it."));
        }

        throw new NotFoundException(RecordType, id.ToString());
    }

    /// <summary>The recording supporter or the subject employee.</summary>
    public async Task<Consultation> ForReaderAsync(Guid id, string action, CancellationToken cancellationToken)
    {
        var consultation = await LoadAsync(id, cancellationToken);
        if (consultation is null || !(IsRecordingSupporter(consultation) || consultation.IsSubject(user.Id)))
        {
            audit.Record(action, RecordType, id.ToString(), AuditOutcome.Denied);
            throw new NotFoundException(RecordType, id.ToString());
        }

        audit.Record(action, RecordType, id.ToString(), AuditOutcome.Allowed);
        version.Observe(consultation);
        return consultation;
    }

    private bool IsRecordingSupporter(Consultation consultation) => consultation.SupporterId == user.Id && !access.DecidesPersonnelMatters;

    private Task<Consultation?> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Consultations.Include(c => c.Consents).Include(c => c.Referrals).Include(c => c.SuperiorContacts)
.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
}
