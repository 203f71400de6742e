using MediatR;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.DraftPlan;

internal sealed class DraftPlanCommandHandler(PreReturnAccess access, PreReturnViews views, PlanFactory plans, ReturnToWorkSettings settings, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<DraftPlanCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(DraftPlanCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.plan", CaseRelation.DepartmentHead, cancellationToken);
        var plan = await plans.CreateAsync(found, request.Plan, user.Id, clock.GetUtcNow(), cancellationToken);
        found.DraftPlan(plan, settings.MaxPlanWeeks, clock.Today());
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
