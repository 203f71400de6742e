using MediatR;
using Welfare.SharedKernel;

namespace Welfare.Modules.PeerSupport.Application.Consultations.RecordSuperiorContact;

internal sealed class RecordSuperiorContactCommandHandler(ConsultationAccess access, TimeProvider clock) : IRequestHandler<RecordSuperiorContactCommand, SuperiorContactDto>
{
    public async Task<SuperiorContactDto> Handle(RecordSuperiorContactCommand request, CancellationToken cancellationToken)
    {
        var consultation = await access.ForSupporterAsync(request.ConsultationId, "consultation.superior-contact", cancellationToken);
        var now = clock.GetUtcNow();
        return SuperiorContactDto.From(consultation.RecordSuperiorContact(Guid.CreateVersion7(now), request.Kind, request.On ?? clock.Today(), now));
    }
}
