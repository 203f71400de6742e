using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.RecordBriefing;

internal sealed class RecordBriefingCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordBriefingCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(RecordBriefingCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.briefing", CaseRelation.DepartmentHead | CaseRelation.Physician, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        if (request.ExplainedOn > today)
        {
            throw new BusinessRuleViolationException(ReturnToWorkProblems.BriefingInFuture);
        }

        found.RecordBriefing(request.Points, request.ExplainedOn, user.Id, now);
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
