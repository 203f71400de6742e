using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.GetMyComplaints;

/// <summary>The complaints the caller brought, with their status (the details at GET /complaints/{id}).</summary>
public sealed record GetMyComplaintsQuery : IQuery<IReadOnlyList<ComplaintSummaryDto>>;

internal sealed class GetMyComplaintsQueryHandler(IHarassmentDbContext db, ICurrentUser user, IAuditTrail audit) : IRequestHandler<GetMyComplaintsQuery, IReadOnlyList<ComplaintSummaryDto>>
{
    public async Task<IReadOnlyList<ComplaintSummaryDto>> Handle(GetMyComplaintsQuery request, CancellationToken cancellationToken)
    {
        var me = user.Id;
        var rows = await db.Complaints.AsNoTracking().Where(c => c.ComplainantId == me)
            .Select(c => new { c.Id, c.ReceivedOn, c.ClosedOn, Kinds = c.Kinds.Select(k => k.Kind).ToList(), c.RetaliationOf, Confirmed = c.Intake.Any(i => i.ConfirmedAt != null) })
            .OrderByDescending(c => c.ReceivedOn).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            audit.Record("harassment.complaint.list-mine", ComplaintAccess.RecordType, row.Id.ToString(), AuditOutcome.Allowed);
        }

        return rows.Select(r => new ComplaintSummaryDto(r.Id, r.ReceivedOn,
            r.ClosedOn is not null ? ComplaintStatus.Closed : r.Confirmed ? ComplaintStatus.InProgress : ComplaintStatus.Intake,
            r.Kinds.Distinct().Order().ToList(), r.RetaliationOf is not null)).ToList();
    }
}
