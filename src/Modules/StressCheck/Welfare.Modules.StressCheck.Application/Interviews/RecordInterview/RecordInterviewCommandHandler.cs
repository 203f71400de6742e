using MediatR;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews.RecordInterview;

internal sealed class RecordInterviewCommandHandler(InterviewAccess access, ICurrentUser user, IAuditTrail audit) : IRequestHandler<RecordInterviewCommand, InterviewDto>
{
    public async Task<InterviewDto> Handle(RecordInterviewCommand request, CancellationToken cancellationToken)
    {
        var campaign = await access.AsImplementerAsync(request.CampaignId, "interview.record", cancellationToken);
        var interview = await access.LoadAsync(campaign.Id, request.EmployeeId, track: true, cancellationToken);
        interview.RecordInterview(new InterviewRecord(request.HeldOn, user.Id, request.WorkSituation, request.PsychologicalBurden, request.OtherHealthState));
        audit.Record("interview.record", "Interview", interview.Id.ToString(), AuditOutcome.Allowed);
        return InterviewDto.Full(interview);
    }
}
