using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Harassment.Application.Complaints;

/// <summary>One page of complaint summaries, newest first, filtered and paged in the database (the lists of handlers and of complainants).</summary>
internal static class ComplaintSummaries
{
    public static async Task<PagedList<ComplaintSummaryDto>> PageAsync(IQueryable<Complaint> complaints, ComplaintStatus? status, PageRequest paging, CancellationToken cancellationToken)
    {
        complaints = status switch
        {
            ComplaintStatus.Closed => complaints.Where(c => c.ClosedOn != null),
            ComplaintStatus.InProgress => complaints.Where(c => c.ClosedOn == null && c.Intake.Any(i => i.ConfirmedAt != null)),
            ComplaintStatus.Intake => complaints.Where(c => c.ClosedOn == null && !c.Intake.Any(i => i.ConfirmedAt != null)),
            _ => complaints,
        };
        var page = await complaints
            .Select(c => new { c.Id, c.ReceivedOn, c.ClosedOn, Kinds = c.Kinds.Select(k => k.Kind).ToList(), c.RetaliationOf, Confirmed = c.Intake.Any(i => i.ConfirmedAt != null) })
            .OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id)
            .ToPagedListAsync(paging, cancellationToken);
        return page.Map(r => new ComplaintSummaryDto(r.Id, r.ReceivedOn,
            r.ClosedOn is not null ? ComplaintStatus.Closed : r.Confirmed ? ComplaintStatus.InProgress : ComplaintStatus.Intake,
            [.. r.Kinds.Distinct().Order()], r.RetaliationOf is not null));
    }
}
