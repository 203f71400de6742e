using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.GetStandardSchedule;

/// <summary>The standard schedule of art. 11 for a plan of <see cref="Weeks"/> weeks (default: the standard length).</summary>
public sealed record GetStandardScheduleQuery(int? Weeks) : IQuery<IReadOnlyList<PlanWeekDto>>;
