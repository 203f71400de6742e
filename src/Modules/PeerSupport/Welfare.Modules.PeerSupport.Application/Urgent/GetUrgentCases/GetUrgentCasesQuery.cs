using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Urgent.GetUrgentCases;

/// <summary>The alert list for coordinators and welfare officers, oldest first; <c>OverdueOnly</c>: no action recorded by the deadline.</summary>
public sealed record GetUrgentCasesQuery(bool OverdueOnly) : IQuery<IReadOnlyList<UrgentCaseDto>>;
