using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Changes.DecideChange;

internal sealed class DecideChangeCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DecideChangeCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(DecideChangeCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.change.decide", CaseRelation.Director, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        found.DecideChange(request.RequestId, new ChangeDecision(request.Approved, today, request.Remarks, user.Id, now));
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
