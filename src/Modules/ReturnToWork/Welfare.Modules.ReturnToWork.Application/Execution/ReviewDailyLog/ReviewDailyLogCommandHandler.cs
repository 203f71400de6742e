using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Execution.ReviewDailyLog;

internal sealed class ReviewDailyLogCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReviewDailyLogCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(ReviewDailyLogCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.log.review", CaseRelation.SupportOfficer, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        if (!found.ReviewLog(request.Date, new LogReview(request.Report, user.Id, now)))
        {
            throw new Welfare.SharedKernel.Application.Errors.NotFoundException("DailyLog", $"{found.Id}/{request.Date:yyyy-MM-dd}");
        }

        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
