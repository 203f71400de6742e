using MediatR;

namespace Welfare.Modules.PeerSupport.Application.Consultations.WithdrawConsent;

internal sealed class WithdrawConsentCommandHandler(ConsultationAccess access, TimeProvider clock) : IRequestHandler<WithdrawConsentCommand, ConsultationConsentDto>
{
    public async Task<ConsultationConsentDto> Handle(WithdrawConsentCommand request, CancellationToken cancellationToken)
    {
        var consultation = await access.ForReaderAsync(request.ConsultationId, "consultation.consent-withdraw", cancellationToken);
        return ConsultationConsentDto.From(consultation.WithdrawConsent(request.ConsentId, clock.GetUtcNow()));
    }
}
