using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Rules.GetRulesInForce;

/// <summary>The rules in force on a date (default today in Japan): the latest version started by then, else the national defaults.</summary>
public sealed record GetRulesInForceQuery(DateOnly? On) : IQuery<RuleSetDto>;
