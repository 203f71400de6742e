using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Rules.GetRuleSets;

internal sealed class GetRuleSetsQueryHandler(IOvertimeDbContext db) : IRequestHandler<GetRuleSetsQuery, PagedList<RuleSetDto>>
{
    public async Task<PagedList<RuleSetDto>> Handle(GetRuleSetsQuery request, CancellationToken cancellationToken) =>
        (await db.RuleSets.AsNoTracking().OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Id).ToPagedListAsync(request.Paging, cancellationToken))
            .Map(RuleSetDto.From);
}
