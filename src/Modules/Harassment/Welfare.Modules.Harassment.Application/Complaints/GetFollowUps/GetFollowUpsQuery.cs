using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.GetFollowUps;

public sealed record DueFollowUpDto(Guid ComplaintId, Guid CheckId, FollowUpSubject Subject, string EmployeeId, DateOnly DueOn);

/// <summary>The caller's open checks against retaliation due by a day (default today): counsellors see those of their own complaints.</summary>
public sealed record GetFollowUpsQuery(DateOnly? DueBy, PageRequest Paging) : IQuery<PagedList<DueFollowUpDto>>, IPagedQuery;

internal sealed class GetFollowUpsQueryHandler(IHarassmentDbContext db, ICurrentUser user, IAuditTrail audit, CounselorRegistry counselors, TimeProvider clock)
    : IRequestHandler<GetFollowUpsQuery, PagedList<DueFollowUpDto>>
{
    public async Task<PagedList<DueFollowUpDto>> Handle(GetFollowUpsQuery request, CancellationToken cancellationToken)
    {
        await counselors.EnsureCallerIsCounselorAsync(cancellationToken);
        var dueBy = request.DueBy ?? clock.Today();
        var me = user.Id;
        var rows = await db.Complaints.AsNoTracking()
            .Where(c => c.Assignments.Any(a => a.CounselorEmployeeId == me && a.EndedAt == null) && c.ComplainantId != me && c.RespondentId != me && c.PersonHarassedId != me)
            .SelectMany(c => c.FollowUps.Where(f => f.CheckedOn == null && f.DueOn <= dueBy).Select(f => new { ComplaintId = c.Id, CheckId = f.Id, f.Subject, f.EmployeeId, f.DueOn }))
            .OrderBy(r => r.DueOn).ThenBy(r => r.ComplaintId).ThenBy(r => r.CheckId)
            .ToPagedListAsync(request.Paging, cancellationToken);
        foreach (var complaintId in rows.Items.Select(r => r.ComplaintId).Distinct())
        {
            audit.Record("harassment.follow-up.list", ComplaintAccess.RecordType, complaintId.ToString(), AuditOutcome.Allowed);
        }

        return rows.Map(r => new DueFollowUpDto(r.ComplaintId, r.CheckId, r.Subject, r.EmployeeId, r.DueOn));
    }
}
