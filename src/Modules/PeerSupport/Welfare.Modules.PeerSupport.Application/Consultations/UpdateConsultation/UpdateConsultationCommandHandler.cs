using MediatR;

namespace Welfare.Modules.PeerSupport.Application.Consultations.UpdateConsultation;

internal sealed class UpdateConsultationCommandHandler(ConsultationAccess access, TimeProvider clock) : IRequestHandler<UpdateConsultationCommand, ConsultationDto>
{
    public async Task<ConsultationDto> Handle(UpdateConsultationCommand request, CancellationToken cancellationToken)
    {
        var consultation = await access.ForSupporterAsync(request.Id, "consultation.update", cancellationToken);
        consultation.Update(request.Category, request.Content, request.Outcome, clock.GetUtcNow());
        return ConsultationDto.From(consultation);
    }
}
