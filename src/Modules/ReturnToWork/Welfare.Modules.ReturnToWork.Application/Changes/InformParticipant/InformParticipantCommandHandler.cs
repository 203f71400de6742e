using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Changes.InformParticipant;

internal sealed class InformParticipantCommandHandler(PreReturnAccess access, PreReturnViews views, TimeProvider clock)
    : IRequestHandler<InformParticipantCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(InformParticipantCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.change.inform", CaseRelation.DepartmentHead, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        found.InformParticipant(request.RequestId, now);
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
