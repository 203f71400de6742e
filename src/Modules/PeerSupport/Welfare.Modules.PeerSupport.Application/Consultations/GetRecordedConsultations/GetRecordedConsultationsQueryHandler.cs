using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Consultations.GetRecordedConsultations;

internal sealed class GetRecordedConsultationsQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<GetRecordedConsultationsQuery, PagedList<ConsultationSummaryDto>>
{
    public async Task<PagedList<ConsultationSummaryDto>> Handle(GetRecordedConsultationsQuery request, CancellationToken cancellationToken)
    {
        if (access.DecidesPersonnelMatters)
        {
            return new PagedList<ConsultationSummaryDto>([], request.Paging.Page, request.Paging.PageSize, 0);
        }

        var consultations = await db.Consultations.AsNoTracking().Where(c => c.SupporterId == user.Id)
            .OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).ToPagedListAsync(request.Paging, cancellationToken);
        foreach (var c in consultations.Items)
        {
            audit.Record("consultation.list", ConsultationAccess.RecordType, c.Id.ToString(), AuditOutcome.Allowed);
        }

        return consultations.Map(ConsultationSummaryDto.From);
    }
}
