using MediatR;
using Welfare.Modules.PeerSupport.Application.Consultations;
using Welfare.Modules.PeerSupport.IntegrationEvents;
using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.PeerSupport.Application.Urgent.RaiseUrgentCase;

internal sealed class RaiseUrgentCaseCommandHandler(ConsultationAccess access, PeerSupportSettings settings, IOutbox outbox, TimeProvider clock)
    : IRequestHandler<RaiseUrgentCaseCommand, UrgentCaseDto>
{
    public async Task<UrgentCaseDto> Handle(RaiseUrgentCaseCommand request, CancellationToken cancellationToken)
    {
        var consultation = await access.ForSupporterAsync(request.ConsultationId, "consultation.urgent", cancellationToken);
        var now = clock.GetUtcNow();
        consultation.MarkUrgent(request.Kind, now, TimeSpan.FromHours(settings.UrgentActionHours));
        outbox.Add(new PeerSupportUrgentCaseRaisedIntegrationEvent(Guid.CreateVersion7(now), now, consultation.Id, consultation.DepartmentCode,
            consultation.SupporterId, request.Kind.ToString(), consultation.UrgentActionDueAt!.Value));
        return UrgentCaseDto.From(consultation, now);
    }
}
