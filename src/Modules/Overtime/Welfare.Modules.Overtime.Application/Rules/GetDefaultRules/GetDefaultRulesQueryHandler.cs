using MediatR;
using Welfare.Modules.Overtime.Domain.Rules;

namespace Welfare.Modules.Overtime.Application.Rules.GetDefaultRules;

internal sealed class GetDefaultRulesQueryHandler : IRequestHandler<GetDefaultRulesQuery, RuleSetDto>
{
    public Task<RuleSetDto> Handle(GetDefaultRulesQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(new RuleSetDto(null, null, "national defaults", null, null, OvertimeRules.Defaults));
}
