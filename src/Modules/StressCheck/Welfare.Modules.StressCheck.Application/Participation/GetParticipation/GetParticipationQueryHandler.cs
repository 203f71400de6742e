using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Participation.GetParticipation;

internal sealed class GetParticipationQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<GetParticipationQuery, ParticipationDto>
{
    private const string Action = "participation.read";

    public async Task<ParticipationDto> Handle(GetParticipationQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, Action, cancellationToken);
        var allowed = StressCheckAccess.IsWelfareOfficer(user) || StressCheckAccess.IsImplementer(user, campaign)
            || StressCheckAccess.ActsAsStaff(user, campaign, audit, Action);
        if (!allowed)
        {
            audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var submitted = await db.Submissions.AsNoTracking()
            .Where(s => s.CampaignId == campaign.Id && s.IsLatest)
            .Select(s => new { s.EmployeeId, s.SubmittedAt })
            .ToDictionaryAsync(s => s.EmployeeId, s => s.SubmittedAt, cancellationToken);

        var targets = await Campaigns.CampaignLoader.TargetsAsync(db, campaign.Id, cancellationToken);
        var participants = targets
            .Where(t => request.DepartmentCode is null || t.DepartmentCode == request.DepartmentCode)
            .Select(t => new ParticipantDto(t.EmployeeId, t.DepartmentCode, submitted.ContainsKey(t.EmployeeId),
                submitted.TryGetValue(t.EmployeeId, out var at) ? at : null))
            .Where(p => request.Taken is null || p.Taken == request.Taken)
            .OrderBy(p => p.EmployeeId, StringComparer.Ordinal)
            .ToList();

        audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return new ParticipationDto(
            targets.Count,
            targets.Count(t => submitted.ContainsKey(t.EmployeeId)),
            new Page<ParticipantDto>([.. participants.Skip(request.Paging.Skip).Take(request.Paging.PageSize)], request.Paging.Page, request.Paging.PageSize, participants.Count));
    }
}
