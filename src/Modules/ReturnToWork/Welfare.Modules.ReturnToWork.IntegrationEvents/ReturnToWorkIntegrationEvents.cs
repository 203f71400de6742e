using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.ReturnToWork.IntegrationEvents;

/// <summary>
/// A pre-return (trial attendance, seed 001) ended and its result was reported (art. 15).
/// <paramref name="Outcome"/> is "Completed" (the employee returned to work on <paramref name="ReturnedOn"/>)
/// or "Cancelled" (the programme stopped on <paramref name="ReturnedOn"/>; the employee stays on leave).
/// <paramref name="RecommendedRestrictionMonths"/>: the recommended post-return restriction period, when
/// one was given. For the modules that restrict work after a return (e.g. Overtime's post-return cap).
/// Carries no medical information.
/// </summary>
public sealed record PreReturnCompletedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    string EmployeeId,
    DateOnly ReturnedOn,
    string Outcome = "Completed",
    int? RecommendedRestrictionMonths = null) : IIntegrationEvent;
