using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Harassment.Application.Complaints.GetEmergencyNotices;

/// <summary>One emergency notice as the welfare officer sees it: ids, date, reason, whether the complainant objected, who notified — no content.</summary>
public sealed record EmergencyNoticeListItemDto(Guid NoticeId, Guid ComplaintId, DateOnly NotifiedOn, EmergencyReason Reason, bool ComplainantObjected, string RecordedBy);

/// <summary>Every emergency notice, newest first, for the welfare officer (issue capability 7).</summary>
public sealed record GetEmergencyNoticesQuery(PageRequest Paging) : IQuery<PagedList<EmergencyNoticeListItemDto>>, IPagedQuery;

internal sealed class GetEmergencyNoticesQueryHandler(IHarassmentDbContext db, IAuditTrail audit) : IRequestHandler<GetEmergencyNoticesQuery, PagedList<EmergencyNoticeListItemDto>>
{
    public async Task<PagedList<EmergencyNoticeListItemDto>> Handle(GetEmergencyNoticesQuery request, CancellationToken cancellationToken)
    {
        var page = await db.Complaints.AsNoTracking()
            .SelectMany(c => c.Emergencies.Select(e => new { NoticeId = e.Id, ComplaintId = c.Id, e.NotifiedOn, e.Reason, e.ComplainantObjected, e.RecordedBy }))
            .OrderByDescending(r => r.NotifiedOn).ThenByDescending(r => r.NoticeId)
            .ToPagedListAsync(request.Paging, cancellationToken);
        audit.Record("harassment.emergency.list", "HarassmentEmergencyNotice", "all", AuditOutcome.Allowed);
        return page.Map(r => new EmergencyNoticeListItemDto(r.NoticeId, r.ComplaintId, r.NotifiedOn, r.Reason, r.ComplainantObjected, r.RecordedBy));
    }
}
