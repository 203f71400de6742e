using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Rules.GetRuleSets;

/// <summary>Every version of the employer's rules, newest first.</summary>
public sealed record GetRuleSetsQuery(PageRequest Paging) : IQuery<PagedList<RuleSetDto>>, IPagedQuery;
