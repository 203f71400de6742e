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

/// <summary>
/// A physician issued a work opinion after a stress-check interview. For the modules that apply it
/// (e.g. Overtime caps): WorkCategory 0 normal, 1 restricted, 2 leave; OvertimeCapHours a month, or
/// OvertimeForbidden; valid from/to. No finding of the interview itself.
/// </summary>
public sealed record PhysicianOpinionIssuedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    string EmployeeId,
    int WorkCategory,
    int? OvertimeCapHours,
    bool OvertimeForbidden,
    bool ShortenedHours,
    bool NoNightWork,
    DateOnly ValidFrom,
    DateOnly? ValidTo) : IIntegrationEvent;
