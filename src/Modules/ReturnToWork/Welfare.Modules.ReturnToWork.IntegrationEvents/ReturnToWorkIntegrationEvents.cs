using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.ReturnToWork.IntegrationEvents;

/// <summary>
/// An employee completed a pre-return (trial attendance, seed 001) and returned to work on
/// <paramref name="ReturnedOn"/>. For the modules that restrict work after a return (e.g. Overtime's
/// post-return cap). Carries no medical information.
/// </summary>
public sealed record PreReturnCompletedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    string EmployeeId,
    DateOnly ReturnedOn) : IIntegrationEvent;
