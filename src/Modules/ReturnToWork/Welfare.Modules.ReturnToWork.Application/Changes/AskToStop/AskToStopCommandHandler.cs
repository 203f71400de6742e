using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Changes.AskToStop;

internal sealed class AskToStopCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<AskToStopCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(AskToStopCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.stop", CaseRelation.Participant, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        found.AskToStop(user.Id, now);
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
