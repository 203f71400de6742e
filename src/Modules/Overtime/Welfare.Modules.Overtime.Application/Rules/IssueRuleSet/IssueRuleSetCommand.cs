using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Rules.IssueRuleSet;

/// <summary>Issues a new version of the rules from a date (today or later, after the latest version).</summary>
public sealed record IssueRuleSetCommand(DateOnly EffectiveFrom, string Reason, OvertimeRules Rules) : ICommand<RuleSetDto>;
