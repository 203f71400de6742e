using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.GetComplaints;

/// <summary>The complaints the caller handles: a counsellor's assigned cases, the personnel officer's referred ones. Content stays in the record.</summary>
public sealed record GetComplaintsQuery(ComplaintStatus? Status, PageRequest Paging) : IQuery<Page<ComplaintSummaryDto>>, IPagedQuery;

internal sealed class GetComplaintsQueryValidator : AbstractValidator<GetComplaintsQuery>
{
    public GetComplaintsQueryValidator()
    {
        this.RulesForPaging();
        RuleFor(q => q.Status).IsInEnum();
    }
}

internal sealed class GetComplaintsQueryHandler(IHarassmentDbContext db, ICurrentUser user, IAuditTrail audit, CounselorRegistry counselors)
    : IRequestHandler<GetComplaintsQuery, Page<ComplaintSummaryDto>>
{
    public async Task<Page<ComplaintSummaryDto>> Handle(GetComplaintsQuery request, CancellationToken cancellationToken)
    {
        var counselor = await counselors.CallerIsCounselorAsync(cancellationToken);
        var personnel = user.IsInRole(Roles.PersonnelOfficer);
        if (!counselor && !personnel)
        {
            throw new SharedKernel.Application.Errors.ForbiddenException(new LocalizedText(
                "相談員又は人事担当者だけが苦情相談の一覧を見られます。", "Only counsellors and personnel officers list complaints."));
        }

        var me = user.Id;
        var query = db.Complaints.AsNoTracking().Where(c =>
            (counselor && c.Assignments.Any(a => a.CounselorEmployeeId == me && a.EndedAt == null)
                && c.ComplainantId != me && c.RespondentId != me && c.PersonHarassedId != me)
            || (personnel && c.ReferredToPersonnel && c.ComplainantId != me && c.RespondentId != me && c.PersonHarassedId != me));
        var rows = await query.Select(c => new { c.Id, c.ReceivedOn, c.ClosedOn, Kinds = c.Kinds.Select(k => k.Kind).ToList(), c.RetaliationOf, Confirmed = c.Intake.Any(i => i.ConfirmedAt != null) })
            .OrderByDescending(c => c.ReceivedOn).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        var items = rows.Select(r => new ComplaintSummaryDto(r.Id, r.ReceivedOn,
                r.ClosedOn is not null ? ComplaintStatus.Closed : r.Confirmed ? ComplaintStatus.InProgress : ComplaintStatus.Intake,
                r.Kinds.Distinct().Order().ToList(), r.RetaliationOf is not null))
            .Where(s => request.Status is null || s.Status == request.Status)
            .ToList();
        foreach (var item in items.Skip(request.Paging.Skip).Take(request.Paging.PageSize))
        {
            audit.Record("harassment.complaint.list", ComplaintAccess.RecordType, item.Id.ToString(), AuditOutcome.Allowed);
        }

        return new Page<ComplaintSummaryDto>(items.Skip(request.Paging.Skip).Take(request.Paging.PageSize).ToList(), request.Paging.Page, request.Paging.PageSize, items.Count);
    }
}
