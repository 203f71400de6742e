using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.GetFollowUps;

public sealed record DueFollowUpDto(Guid ComplaintId, Guid CheckId, FollowUpSubject Subject, string EmployeeId, DateOnly DueOn);

/// <summary>The caller's open checks against retaliation due by a day (default today): counsellors see those of their own complaints.</summary>
public sealed record GetFollowUpsQuery(DateOnly? DueBy) : IQuery<IReadOnlyList<DueFollowUpDto>>;

internal sealed class GetFollowUpsQueryHandler(IHarassmentDbContext db, ICurrentUser user, IAuditTrail audit, CounselorRegistry counselors, TimeProvider clock)
    : IRequestHandler<GetFollowUpsQuery, IReadOnlyList<DueFollowUpDto>>
{
    public async Task<IReadOnlyList<DueFollowUpDto>> Handle(GetFollowUpsQuery request, CancellationToken cancellationToken)
    {
        await counselors.EnsureCallerIsCounselorAsync(cancellationToken);
        var dueBy = request.DueBy ?? clock.Today();
        var me = user.Id;
        var rows = await db.Complaints.AsNoTracking()
            .Where(c => c.Assignments.Any(a => a.CounselorEmployeeId == me && a.EndedAt == null) && c.ComplainantId != me && c.RespondentId != me && c.PersonHarassedId != me)
            .SelectMany(c => c.FollowUps.Where(f => f.CheckedOn == null && f.DueOn <= dueBy).Select(f => new DueFollowUpDto(c.Id, f.Id, f.Subject, f.EmployeeId, f.DueOn)))
            .ToListAsync(cancellationToken);
        foreach (var complaintId in rows.Select(r => r.ComplaintId).Distinct())
        {
            audit.Record("harassment.follow-up.list", ComplaintAccess.RecordType, complaintId.ToString(), AuditOutcome.Allowed);
        }

        return rows.OrderBy(r => r.DueOn).ThenBy(r => r.ComplaintId).ToList();
    }
}
