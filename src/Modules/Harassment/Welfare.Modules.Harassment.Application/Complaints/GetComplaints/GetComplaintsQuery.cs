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
public sealed record GetComplaintsQuery(ComplaintStatus? Status, PageRequest Paging) : IQuery<PagedList<ComplaintSummaryDto>>, IPagedQuery;

internal sealed class GetComplaintsQueryValidator : AbstractValidator<GetComplaintsQuery>
{
    public GetComplaintsQueryValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
    }
}

internal sealed class GetComplaintsQueryHandler(IHarassmentDbContext db, ICurrentUser user, IAuditTrail audit, CounselorRegistry counselors)
    : IRequestHandler<GetComplaintsQuery, PagedList<ComplaintSummaryDto>>
{
    public async Task<PagedList<ComplaintSummaryDto>> Handle(GetComplaintsQuery request, CancellationToken cancellationToken)
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
        var page = await ComplaintSummaries.PageAsync(query, request.Status, request.Paging, cancellationToken);
        foreach (var item in page.Items)
        {
            audit.Record("harassment.complaint.list", ComplaintAccess.RecordType, item.Id.ToString(), AuditOutcome.Allowed);
        }

        return page;
    }
}
