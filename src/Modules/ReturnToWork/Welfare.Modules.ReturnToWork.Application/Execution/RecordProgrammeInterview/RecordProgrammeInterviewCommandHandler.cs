using MediatR;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.ReturnToWork.Application.Execution.RecordProgrammeInterview;

internal sealed class RecordProgrammeInterviewCommandHandler(PreReturnAccess access, PreReturnViews views, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordProgrammeInterviewCommand, PreReturnDto>
{
    public async Task<PreReturnDto> Handle(RecordProgrammeInterviewCommand request, CancellationToken cancellationToken)
    {
        var (found, relation) = await access.ForAsync(request.PreReturnId, "pre-return.interview", CaseRelation.Physician, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        found.RecordInterview(new ProgrammeInterview(request.HeldOn, request.Notes, user.Id, now), today);
        return await views.ViewAsync(found, relation, cancellationToken);
    }
}
