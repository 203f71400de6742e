using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Rules;

namespace Welfare.Modules.Overtime.Application.Rules;

/// <summary>The rules in force on a date, as GetRulesInForce finds them: the latest version started by then, else the national defaults.</summary>
internal static class RulesInForce
{
    public static async Task<OvertimeRules> OnAsync(IOvertimeDbContext db, DateOnly on, CancellationToken cancellationToken)
    {
        var version = await db.RuleSets.AsNoTracking().Where(r => r.EffectiveFrom <= on).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);
        return version?.Rules ?? OvertimeRules.Defaults;
    }
}
