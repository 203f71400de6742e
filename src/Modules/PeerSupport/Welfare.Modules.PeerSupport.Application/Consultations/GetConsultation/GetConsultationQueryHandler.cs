using MediatR;

namespace Welfare.Modules.PeerSupport.Application.Consultations.GetConsultation;

internal sealed class GetConsultationQueryHandler(ConsultationAccess access) : IRequestHandler<GetConsultationQuery, ConsultationDto>
{
    public async Task<ConsultationDto> Handle(GetConsultationQuery request, CancellationToken cancellationToken) =>
        ConsultationDto.From(await access.ForReaderAsync(request.Id, "consultation.read", cancellationToken));
}
