using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Rules.IssueRuleSet;

internal sealed class IssueRuleSetCommandHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<IssueRuleSetCommand, RuleSetDto>
{
    public async Task<RuleSetDto> Handle(IssueRuleSetCommand request, CancellationToken cancellationToken)
    {
        var latest = await db.RuleSets.OrderByDescending(r => r.EffectiveFrom).Select(r => (DateOnly?)r.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var ruleSet = OvertimeRuleSet.Issue(Guid.CreateVersion7(now), request.EffectiveFrom, request.Rules, request.Reason, user.Id, now, clock.Today(), latest);
        db.RuleSets.Add(ruleSet);
        audit.Record("rule-set.issue", "OvertimeRuleSet", ruleSet.Id.ToString(), AuditOutcome.Allowed);
        return RuleSetDto.From(ruleSet);
    }
}
