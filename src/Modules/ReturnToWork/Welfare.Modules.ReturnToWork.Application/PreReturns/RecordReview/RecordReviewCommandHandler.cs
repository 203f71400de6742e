using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.RecordReview;

internal sealed class RecordReviewCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordReviewCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(RecordReviewCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.review", CaseRelation.Physician, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        if (request.InterviewedOn > today)
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.InterviewInFuture);
        }

        found.RecordReview(new PhysicianReview(request.InterviewedOn, request.Feasible, request.PlanAppropriate, request.Opinion, user.Id, now));
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
