using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.AcceptFamilySubstitute;

internal sealed class AcceptFamilySubstituteCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<AcceptFamilySubstituteCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(AcceptFamilySubstituteCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.family-substitute", CaseRelation.DepartmentHead, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        found.AcceptFamilySubstitute(user.Id, now);
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
