using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.DecidePreReturn;

internal sealed class DecidePreReturnCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DecidePreReturnCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(DecidePreReturnCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.decide", CaseRelation.Director, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        found.Decide(new DirectorDecision(request.Approved, today, request.Remarks, user.Id, now));
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
