using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.PeerSupport.IntegrationEvents;

/// <summary>
/// A supporter marked a consultation as involving a possible crime or a danger to someone's life or body
/// (seed 000 第4-2(2)キ): coordinators and welfare officers are to be told at once, and an action is due by
/// <c>ActionDueAt</c>. Kind "PossibleCrime" or "DangerToLifeOrBody". Never the subject or the content.
/// </summary>
public sealed record PeerSupportUrgentCaseRaisedIntegrationEvent(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ConsultationId,
    string DepartmentCode,
    string SupporterId,
    string Kind,
    DateTimeOffset ActionDueAt) : IIntegrationEvent;
