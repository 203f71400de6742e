using MediatR;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Interviews.RecordNotHeld;

internal sealed class RecordNotHeldCommandHandler(LongHoursInterviewAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordNotHeldCommand, LongHoursInterviewDto>
{
    public async Task<LongHoursInterviewDto> Handle(RecordNotHeldCommand request, CancellationToken cancellationToken)
    {
        var interview = await access.ChangeAsync(request.Id, _ => user.IsInRole(Roles.WelfareOfficer), "overtime.interview.not-held", cancellationToken);
        interview.RecordNotHeld(request.Reason, request.Note, clock.GetUtcNow());
        return LongHoursInterviewDto.Full(interview);
    }
}
