using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Rules;

namespace Welfare.Modules.Overtime.Application.Rules;

internal static class RulesInForce
{
    /// <summary>The version in force on <paramref name="on"/> (null id: the national defaults).</summary>
    public static async Task<(Guid? Id, OvertimeRules Rules)> OnAsync(IOvertimeDbContext db, DateOnly on, CancellationToken cancellationToken)
    {
        var version = await db.RuleSets.AsNoTracking().Where(r => r.EffectiveFrom <= on).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);
        return version is null ? (null, OvertimeRules.Defaults) : (version.Id, version.Rules);
    }
}
