using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Welfare.Modules.Overtime.Application.Rules.GetRuleSets;

internal sealed class GetRuleSetsQueryHandler(IOvertimeDbContext db) : IRequestHandler<GetRuleSetsQuery, IReadOnlyList<RuleSetDto>>
{
    public async Task<IReadOnlyList<RuleSetDto>> Handle(GetRuleSetsQuery request, CancellationToken cancellationToken) =>
        [.. (await db.RuleSets.AsNoTracking().OrderByDescending(r => r.EffectiveFrom).ToListAsync(cancellationToken)).Select(RuleSetDto.From)];
}
