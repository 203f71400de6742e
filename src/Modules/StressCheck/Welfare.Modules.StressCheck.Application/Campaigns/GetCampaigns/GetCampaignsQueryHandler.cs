using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Campaigns.GetCampaigns;

internal sealed class GetCampaignsQueryHandler(IStressCheckDbContext db, ICurrentUser user) : IRequestHandler<GetCampaignsQuery, IReadOnlyList<CampaignDto>>
{
    public async Task<IReadOnlyList<CampaignDto>> Handle(GetCampaignsQuery request, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.AsNoTracking().Include(c => c.Targets.Where(t => t.EmployeeId == user.Id));
        var visible = StressCheckAccess.IsWelfareOfficer(user)
            ? await campaigns.ToListAsync(cancellationToken)
            : await campaigns.Where(c => c.Implementers.Contains(user.Id) || c.Targets.Any(t => t.EmployeeId == user.Id && t.Included))
                .ToListAsync(cancellationToken);
        var ids = visible.Select(c => c.Id).ToList();
        var counts = await db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, Targets = c.Targets.Count(t => t.Included) })
            .ToDictionaryAsync(c => c.Id, c => c.Targets, cancellationToken);
        return [.. visible.Where(c => StressCheckAccess.SeesCampaign(user, c)).OrderByDescending(c => c.OpensOn).Select(c => CampaignDto.From(c, counts[c.Id]))];
    }
}
