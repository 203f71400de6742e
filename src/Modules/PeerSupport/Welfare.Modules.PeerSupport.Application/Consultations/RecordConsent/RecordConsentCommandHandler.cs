using MediatR;
using Welfare.Modules.PeerSupport.Domain;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.PeerSupport.Application.Consultations.RecordConsent;

internal sealed class RecordConsentCommandHandler(ConsultationAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordConsentCommand, ConsultationConsentDto>
{
    public async Task<ConsultationConsentDto> Handle(RecordConsentCommand request, CancellationToken cancellationToken)
    {
        var consultation = await access.ForSupporterAsync(request.ConsultationId, "consultation.consent", cancellationToken);
        var givenOn = request.GivenOn ?? clock.Today();
        if (givenOn > clock.Today())
        {
            throw new BusinessRuleViolationException(PeerSupportProblems.ConsentInTheFuture);
        }

        var now = clock.GetUtcNow();
        return ConsultationConsentDto.From(consultation.RecordConsent(Guid.CreateVersion7(now), request.Purpose, request.Scope, givenOn, user.Id, now));
    }
}
