using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Rules.GetDefaultRules;

/// <summary>The national defaults (shared/domain/overtime.md), a starting point for an employer's own rule set.</summary>
public sealed record GetDefaultRulesQuery : IQuery<RuleSetDto>;
