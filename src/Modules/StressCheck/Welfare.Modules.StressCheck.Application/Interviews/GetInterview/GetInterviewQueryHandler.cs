using MediatR;

namespace Welfare.Modules.StressCheck.Application.Interviews.GetInterview;

internal sealed class GetInterviewQueryHandler(InterviewViews views) : IRequestHandler<GetInterviewQuery, InterviewDto>
{
    public Task<InterviewDto> Handle(GetInterviewQuery request, CancellationToken cancellationToken) =>
        views.VisibleAsync(request.CampaignId, request.EmployeeId, "interview.read", cancellationToken);
}
