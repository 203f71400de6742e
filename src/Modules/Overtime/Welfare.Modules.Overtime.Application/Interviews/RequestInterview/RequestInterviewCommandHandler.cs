using MediatR;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Interviews.RequestInterview;

internal sealed class RequestInterviewCommandHandler(LongHoursInterviewAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RequestInterviewCommand, LongHoursInterviewDto>
{
    public async Task<LongHoursInterviewDto> Handle(RequestInterviewCommand request, CancellationToken cancellationToken)
    {
        var interview = await access.ChangeAsync(request.Id, i => i.EmployeeId == user.Id, "overtime.interview.request", cancellationToken);
        interview.Request(clock.GetUtcNow());
        return LongHoursInterviewDto.Full(interview);
    }
}
