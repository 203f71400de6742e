using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.StressCheck.Application.Campaigns;

internal static class CampaignLoader
{
    public static async Task<Campaign> LoadAsync(IStressCheckDbContext db, Guid id, bool withTargets, CancellationToken cancellationToken)
    {
        IQueryable<Campaign> query = withTargets ? db.Campaigns.Include(c => c.Targets) : db.Campaigns;
        return await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Campaign", id.ToString());
    }
}
