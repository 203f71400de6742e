using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Rules.GetRuleSets;

/// <summary>Every version of the employer's rules, newest first.</summary>
public sealed record GetRuleSetsQuery : IQuery<IReadOnlyList<RuleSetDto>>;
