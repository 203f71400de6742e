using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Execution.GiveContactConsent;

internal sealed class GiveContactConsentCommandHandler(PreReturnAccess access, PreReturnViews views, TimeProvider clock)
    : IRequestHandler<GiveContactConsentCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(GiveContactConsentCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.contact-consent", CaseRelation.Participant, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        found.GiveContactConsent(new ContactConsent(request.AttendingPhysician, request.Family, now));
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
