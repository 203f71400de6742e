using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.StressCheck.Application.Campaigns;

/// <summary>
/// Loads campaigns without their whole target list (a large employer has tens of thousands of targets):
/// only the target row of the employee a use case is about, and counts or lists by query when needed.
/// </summary>
internal static class CampaignLoader
{
    public static async Task<Campaign> LoadAsync(IStressCheckDbContext db, Guid id, string? targetOf, CancellationToken cancellationToken)
    {
        IQueryable<Campaign> query = targetOf is null
            ? db.Campaigns
            : db.Campaigns.Include(c => c.Targets.Where(t => t.EmployeeId == targetOf));
        return await query.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("Campaign", id.ToString());
    }

    /// <summary>
    /// Loads the campaign a welfare officer's function changes, checking the version the client named
    /// (docs/adr/0011); the route already limits it to welfare officers, who see every campaign.
    /// </summary>
    public static async Task<Campaign> LoadForChangeAsync(IStressCheckDbContext db, RecordVersion version, Guid id, string? targetOf, CancellationToken cancellationToken)
    {
        var campaign = await LoadAsync(db, id, targetOf, cancellationToken);
        version.Observe(campaign);
        return campaign;
    }

    /// <summary>The campaign's included targets, read only.</summary>
    public static Task<List<CampaignTarget>> TargetsAsync(IStressCheckDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Campaigns.AsNoTracking().Where(c => c.Id == id).SelectMany(c => c.Targets).Where(t => t.Included).ToListAsync(cancellationToken);

    /// <summary>The DTO, counting the stored targets plus the ones this use case loaded and may have changed.</summary>
    public static async Task<CampaignDto> DtoAsync(IStressCheckDbContext db, Campaign campaign, CancellationToken cancellationToken)
    {
        var loaded = campaign.Targets.Select(t => t.EmployeeId).ToList();
        var stored = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaign.Id).SelectMany(c => c.Targets)
            .CountAsync(t => t.Included && !loaded.Contains(t.EmployeeId), cancellationToken);
        return CampaignDto.From(campaign, stored + campaign.Targets.Count(t => t.Included));
    }
}
