using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Changes.RequestChange;

internal sealed class RequestChangeCommandHandler(PreReturnAccess access, PreReturnViews views, PlanFactory plans, ReturnToWorkSettings settings, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RequestChangeCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(RequestChangeCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.change.request", CaseRelation.DepartmentHead, cancellationToken);
        var now = clock.GetUtcNow();
        var newPlan = request.Kind == ChangeKind.Change && request.NewPlan is not null
            ? await plans.CreateAsync(found, request.NewPlan, user.Id, now, cancellationToken)
            : null;
        found.RequestChange(new ChangeRequest(Guid.CreateVersion7(now), request.Kind, request.Reason, request.Explanation, newPlan, user.Id, now, null, null, null),
            settings.MaxPlanWeeks, clock.Today());
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
