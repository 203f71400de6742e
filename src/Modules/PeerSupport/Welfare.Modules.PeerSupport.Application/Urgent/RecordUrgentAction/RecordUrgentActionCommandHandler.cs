using MediatR;
using Welfare.Modules.PeerSupport.Application.Consultations;

namespace Welfare.Modules.PeerSupport.Application.Urgent.RecordUrgentAction;

internal sealed class RecordUrgentActionCommandHandler(ConsultationAccess access, TimeProvider clock) : IRequestHandler<RecordUrgentActionCommand, UrgentCaseDto>
{
    public async Task<UrgentCaseDto> Handle(RecordUrgentActionCommand request, CancellationToken cancellationToken)
    {
        var consultation = await access.ForSupporterAsync(request.ConsultationId, "consultation.urgent-action", cancellationToken);
        consultation.RecordUrgentAction(request.Action, clock.GetUtcNow());
        return UrgentCaseDto.From(consultation, clock.GetUtcNow());
    }
}
