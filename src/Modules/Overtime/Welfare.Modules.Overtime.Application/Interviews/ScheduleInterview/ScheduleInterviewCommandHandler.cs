using MediatR;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Interviews.ScheduleInterview;

internal sealed class ScheduleInterviewCommandHandler(LongHoursInterviewAccess access, ICurrentUser user)
    : IRequestHandler<ScheduleInterviewCommand, LongHoursInterviewDto>
{
    public async Task<LongHoursInterviewDto> Handle(ScheduleInterviewCommand request, CancellationToken cancellationToken)
    {
        var interview = await access.ChangeAsync(request.Id, _ => user.IsInRole(Roles.WelfareOfficer), "overtime.interview.schedule", cancellationToken);
        interview.Schedule(request.PhysicianId, request.ScheduledOn);
        return LongHoursInterviewDto.Full(interview);
    }
}
