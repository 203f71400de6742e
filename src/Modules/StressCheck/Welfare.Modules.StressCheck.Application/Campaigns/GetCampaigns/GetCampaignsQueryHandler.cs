using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Campaigns.GetCampaigns;

internal sealed class GetCampaignsQueryHandler(IStressCheckDbContext db, ICurrentUser user) : IRequestHandler<GetCampaignsQuery, IReadOnlyList<CampaignDto>>
{
    public async Task<IReadOnlyList<CampaignDto>> Handle(GetCampaignsQuery request, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.AsNoTracking().Include(c => c.Targets);
        var visible = StressCheckAccess.IsWelfareOfficer(user)
            ? await campaigns.ToListAsync(cancellationToken)
            : await campaigns.Where(c => c.Implementers.Contains(user.Id) || c.Targets.Any(t => t.EmployeeId == user.Id && t.Included))
                .ToListAsync(cancellationToken);
        return [.. visible.Where(c => StressCheckAccess.SeesCampaign(user, c)).OrderByDescending(c => c.OpensOn).Select(CampaignDto.From)];
    }
}
