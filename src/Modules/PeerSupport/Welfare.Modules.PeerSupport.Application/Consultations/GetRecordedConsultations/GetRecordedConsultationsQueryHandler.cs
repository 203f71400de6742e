using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Consultations.GetRecordedConsultations;

internal sealed class GetRecordedConsultationsQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<GetRecordedConsultationsQuery, IReadOnlyList<ConsultationSummaryDto>>
{
    public async Task<IReadOnlyList<ConsultationSummaryDto>> Handle(GetRecordedConsultationsQuery request, CancellationToken cancellationToken)
    {
        if (access.DecidesPersonnelMatters)
        {
            return [];
        }

        var consultations = await db.Consultations.AsNoTracking().Where(c => c.SupporterId == user.Id)
            .OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        foreach (var c in consultations)
        {
            audit.Record("consultation.list", ConsultationAccess.RecordType, c.Id.ToString(), AuditOutcome.Allowed);
        }

        return consultations.Select(ConsultationSummaryDto.From).ToList();
    }
}
