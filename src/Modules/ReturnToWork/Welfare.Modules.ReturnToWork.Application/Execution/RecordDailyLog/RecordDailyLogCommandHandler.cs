using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Execution.RecordDailyLog;

internal sealed class RecordDailyLogCommandHandler(PreReturnAccess access, PreReturnViews views, TimeProvider clock)
    : IRequestHandler<RecordDailyLogCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(RecordDailyLogCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.log", CaseRelation.Participant, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        found.RecordLog(new DailyLog(request.Date, request.Start, request.End, request.Tasks, request.TaskDetails, request.Condition, request.Remarks, now, null), today);
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
