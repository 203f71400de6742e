using MediatR;

namespace Welfare.Modules.Overtime.Application.Interviews.GetInterview;

internal sealed class GetInterviewQueryHandler(LongHoursInterviewAccess access) : IRequestHandler<GetInterviewQuery, LongHoursInterviewDto>
{
    public async Task<LongHoursInterviewDto> Handle(GetInterviewQuery request, CancellationToken cancellationToken)
    {
        var (interview, view) = await access.ReadAsync(request.Id, "overtime.interview.read", cancellationToken);
        return LongHoursInterviewDto.As(interview, view);
    }
}
