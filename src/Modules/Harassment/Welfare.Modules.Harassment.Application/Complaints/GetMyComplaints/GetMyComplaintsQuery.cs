using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.GetMyComplaints;

/// <summary>The complaints the caller brought, with their status (the details at GET /complaints/{id}).</summary>
public sealed record GetMyComplaintsQuery(PageRequest Paging) : IQuery<PagedList<ComplaintSummaryDto>>, IPagedQuery;

internal sealed class GetMyComplaintsQueryHandler(IHarassmentDbContext db, ICurrentUser user, IAuditTrail audit) : IRequestHandler<GetMyComplaintsQuery, PagedList<ComplaintSummaryDto>>
{
    public async Task<PagedList<ComplaintSummaryDto>> Handle(GetMyComplaintsQuery request, CancellationToken cancellationToken)
    {
        var me = user.Id;
        var page = await ComplaintSummaries.PageAsync(db.Complaints.AsNoTracking().Where(c => c.ComplainantId == me), null, request.Paging, cancellationToken);
        foreach (var item in page.Items)
        {
            audit.Record("harassment.complaint.list-mine", ComplaintAccess.RecordType, item.Id.ToString(), AuditOutcome.Allowed);
        }

        return page;
    }
}
