using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.StressCheck.IntegrationEvents;

/// <summary>
/// Implementation staff asked for a reminder to an employee who has not taken the check yet (seed 004
/// art. 10(2)); a notification system delivers it. Carries no result, only who and until when.
/// </summary>
public sealed record StressCheckReminderRequestedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid CampaignId,
    string EmployeeId,
    DateOnly ClosesOn) : IIntegrationEvent;
