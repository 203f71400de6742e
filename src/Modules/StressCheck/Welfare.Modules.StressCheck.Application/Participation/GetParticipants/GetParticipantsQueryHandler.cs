using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Participation.GetParticipants;

internal sealed class GetParticipantsQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<GetParticipantsQuery, PagedList<ParticipantDto>>
{
    public async Task<PagedList<ParticipantDto>> Handle(GetParticipantsQuery request, CancellationToken cancellationToken)
    {
        var campaign = await ParticipationAccess.LoadAsync(db, user, audit, request.CampaignId, cancellationToken);
        var latest = db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.IsLatest);
        var targets = db.Campaigns.AsNoTracking().Where(c => c.Id == campaign.Id).SelectMany(c => c.Targets).Where(t => t.Included);
        if (request.Department is { } department)
        {
            targets = targets.Where(t => t.DepartmentCode == department);
        }

        var participants = targets.Select(t => new
        {
            t.EmployeeId,
            t.DepartmentCode,
            LastSubmittedAt = latest.Where(s => s.EmployeeId == t.EmployeeId).Select(s => (DateTimeOffset?)s.SubmittedAt).FirstOrDefault(),
        });
        if (request.Taken is { } taken)
        {
            participants = taken ? participants.Where(p => p.LastSubmittedAt != null) : participants.Where(p => p.LastSubmittedAt == null);
        }

        var page = await participants.OrderBy(p => p.EmployeeId).ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(p => new ParticipantDto(p.EmployeeId, p.DepartmentCode, p.LastSubmittedAt is not null, p.LastSubmittedAt));
    }
}
