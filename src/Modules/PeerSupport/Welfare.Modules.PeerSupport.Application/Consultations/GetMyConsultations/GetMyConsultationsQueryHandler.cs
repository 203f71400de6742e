using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Consultations.GetMyConsultations;

internal sealed class GetMyConsultationsQueryHandler(IPeerSupportDbContext db, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<GetMyConsultationsQuery, PagedList<ConsultationSummaryDto>>
{
    public async Task<PagedList<ConsultationSummaryDto>> Handle(GetMyConsultationsQuery request, CancellationToken cancellationToken)
    {
        var consultations = await db.Consultations.AsNoTracking().Where(c => c.SubjectKind == SubjectKind.Employee && c.SubjectEmployeeId == user.Id)
            .OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).ToPagedListAsync(request.Paging, cancellationToken);
        foreach (var c in consultations.Items)
        {
            audit.Record("consultation.list", ConsultationAccess.RecordType, c.Id.ToString(), AuditOutcome.Allowed);
        }

        return consultations.Map(ConsultationSummaryDto.From);
    }
}
