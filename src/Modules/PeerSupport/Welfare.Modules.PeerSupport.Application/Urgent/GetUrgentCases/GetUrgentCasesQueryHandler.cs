using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Urgent.GetUrgentCases;

internal sealed class GetUrgentCasesQueryHandler(IPeerSupportDbContext db, PeerSupportAccess access, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<GetUrgentCasesQuery, PagedList<UrgentCaseDto>>
{
    private const string Action = "urgent-case.list";

    public async Task<PagedList<UrgentCaseDto>> Handle(GetUrgentCasesQuery request, CancellationToken cancellationToken)
    {
        if (!access.IsWelfareOfficer && !await access.IsCoordinatorAsync(cancellationToken))
        {
            audit.Record(Action, "Consultation", "*", AuditOutcome.Denied);
            throw new ForbiddenException(new LocalizedText(
                "緊急案件の一覧はコーディネーターと厚生課の担当者だけが見られます。", "Only coordinators and welfare officers see the urgent cases."));
        }

        var now = clock.GetUtcNow();
        var urgent = db.Consultations.AsNoTracking().Where(c => c.Urgency != null);
        if (request.Overdue is { } overdue)
        {
            urgent = overdue
                ? urgent.Where(c => c.UrgentActionAt == null && c.UrgentActionDueAt < now)
                : urgent.Where(c => c.UrgentActionAt != null || c.UrgentActionDueAt >= now);
        }

        var cases = await urgent.OrderBy(c => c.UrgentRaisedAt).ThenBy(c => c.Id).ToPagedListAsync(request.Paging, cancellationToken);
        foreach (var c in cases.Items)
        {
            audit.Record(Action, "Consultation", c.Id.ToString(), AuditOutcome.Allowed);
        }

        return cases.Map(c => UrgentCaseDto.From(c, now));
    }
}
