using MediatR;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Interviews.RecommendInterview;

internal sealed class RecommendInterviewCommandHandler(LongHoursInterviewAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecommendInterviewCommand, LongHoursInterviewDto>
{
    public async Task<LongHoursInterviewDto> Handle(RecommendInterviewCommand request, CancellationToken cancellationToken)
    {
        var interview = await access.ChangeAsync(request.Id, _ => user.IsInRole(Roles.WelfareOfficer), "overtime.interview.recommend", cancellationToken);
        interview.Recommend(clock.GetUtcNow());
        return LongHoursInterviewDto.Full(interview);
    }
}
