using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.Harassment.IntegrationEvents;

/// <summary>
/// Counsellors told the personnel division of an emergency on a complaint (別紙第2 第2-6). Ids and the date only:
/// never who complained, who is accused, or what happened.
/// </summary>
public sealed record HarassmentEmergencyNotifiedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ComplaintId,
    Guid NoticeId,
    DateOnly NotifiedOn,
    bool ComplainantObjected) : IIntegrationEvent;
