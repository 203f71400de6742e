using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Harassment.Application.Complaints.GetEmergencyNotices;

/// <summary>One emergency notice as the welfare officer sees it: ids, date, reason, whether the complainant objected, who notified — no content.</summary>
public sealed record EmergencyNoticeListItemDto(Guid NoticeId, Guid ComplaintId, DateOnly NotifiedOn, EmergencyReason Reason, bool ComplainantObjected, string RecordedBy);

/// <summary>Every emergency notice, newest first, for the welfare officer (issue capability 7).</summary>
public sealed record GetEmergencyNoticesQuery : IQuery<IReadOnlyList<EmergencyNoticeListItemDto>>;

internal sealed class GetEmergencyNoticesQueryHandler(IHarassmentDbContext db, IAuditTrail audit) : IRequestHandler<GetEmergencyNoticesQuery, IReadOnlyList<EmergencyNoticeListItemDto>>
{
    public async Task<IReadOnlyList<EmergencyNoticeListItemDto>> Handle(GetEmergencyNoticesQuery request, CancellationToken cancellationToken)
    {
        var rows = await db.Complaints.AsNoTracking()
            .SelectMany(c => c.Emergencies.Select(e => new EmergencyNoticeListItemDto(e.Id, c.Id, e.NotifiedOn, e.Reason, e.ComplainantObjected, e.RecordedBy)))
            .ToListAsync(cancellationToken);
        audit.Record("harassment.emergency.list", "HarassmentEmergencyNotice", "all", AuditOutcome.Allowed);
        return rows.OrderByDescending(r => r.NotifiedOn).ThenByDescending(r => r.NoticeId).ToList();
    }
}
