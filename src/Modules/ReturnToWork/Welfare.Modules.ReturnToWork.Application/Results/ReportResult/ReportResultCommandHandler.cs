using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.IntegrationEvents;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Results.ReportResult;

internal sealed class ReportResultCommandHandler(PreReturnAccess access, PreReturnViews views, IOutbox outbox, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReportResultCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(ReportResultCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.result", CaseRelation.DepartmentHead, cancellationToken);
        var now = clock.GetUtcNow();
        var result = found.ReportResult(request.ReturnOn, request.Summary, request.RecommendedRestrictionMonths, request.AttendingPhysicianInformedOn, user.Id, now, clock.Today());

        // Only facts other modules may act on: who, how it ended, from when, and the restriction period.
        outbox.Add(new PreReturnCompletedIntegrationEvent(Guid.CreateVersion7(now), now, found.EmployeeId, result.ReturnOn ?? result.EndedOn,
            result.Outcome.ToString(), result.RecommendedRestrictionMonths));
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
