using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Changes.GiveChangeOpinion;

internal sealed class GiveChangeOpinionCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GiveChangeOpinionCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(GiveChangeOpinionCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.change.opinion", CaseRelation.Physician, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        found.GiveChangeOpinion(request.RequestId, new ChangeOpinion(request.Agrees, request.Opinion, user.Id, now));
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
