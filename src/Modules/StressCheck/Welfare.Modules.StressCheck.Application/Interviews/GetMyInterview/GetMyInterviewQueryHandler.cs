using MediatR;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews.GetMyInterview;

internal sealed class GetMyInterviewQueryHandler(InterviewAccess access, ICurrentUser user, IAuditTrail audit) : IRequestHandler<GetMyInterviewQuery, InterviewDto>
{
    public async Task<InterviewDto> Handle(GetMyInterviewQuery request, CancellationToken cancellationToken)
    {
        var interview = await access.LoadAsync(request.CampaignId, user.Id, track: false, cancellationToken);
        audit.Record("interview.read", "Interview", interview.Id.ToString(), AuditOutcome.Allowed);
        return InterviewDto.Full(interview);
    }
}
