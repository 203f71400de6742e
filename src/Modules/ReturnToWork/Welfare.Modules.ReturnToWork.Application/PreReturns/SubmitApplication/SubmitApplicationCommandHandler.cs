using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.SubmitApplication;

internal sealed class SubmitApplicationCommandHandler(PreReturnAccess access, PreReturnViews views, TimeProvider clock)
    : IRequestHandler<SubmitApplicationCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(SubmitApplicationCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.apply", CaseRelation.Participant, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        if (!request.ConsentToConditions)
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.ConsentMissing);
        }

        found.Apply(new PreReturnApplication(new AttendingPhysician(request.AttendingPhysicianName, request.AttendingPhysicianInstitution), request.WishedStartOn, now,
            new FamilyConsent(request.FamilyName, request.FamilyRelationship, request.NoFamily, null, null), now));
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
