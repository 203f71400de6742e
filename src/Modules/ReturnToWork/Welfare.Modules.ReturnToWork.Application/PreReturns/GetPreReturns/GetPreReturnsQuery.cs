using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetPreReturns;

/// <summary>
/// The cases the caller has a part in (physicians, welfare officers and the director: all; department
/// heads: their departments'; support officers: theirs; employees: their own), optionally by status.
/// </summary>
public sealed record GetPreReturnsQuery(PreReturnStatus? Status, bool? InterviewOverdue) : IQuery<IReadOnlyList<PreReturnSummaryDto>>;
