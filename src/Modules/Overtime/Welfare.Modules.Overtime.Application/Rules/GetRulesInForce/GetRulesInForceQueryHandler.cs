using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Application.Rules.GetRulesInForce;

internal sealed class GetRulesInForceQueryHandler(IOvertimeDbContext db, TimeProvider clock) : IRequestHandler<GetRulesInForceQuery, RuleSetDto>
{
    public async Task<RuleSetDto> Handle(GetRulesInForceQuery request, CancellationToken cancellationToken)
    {
        var on = request.On ?? clock.Today();
        var version = await db.RuleSets.AsNoTracking().Where(r => r.EffectiveFrom <= on).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);
        return version is null ? new RuleSetDto(null, null, "national defaults", null, null, OvertimeRules.Defaults) : RuleSetDto.From(version);
    }
}
