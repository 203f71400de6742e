using MediatR;
using Welfare.SharedKernel.Application.Auditing;

namespace Welfare.Modules.StressCheck.Application.Interviews.DecideEligibility;

internal sealed class DecideEligibilityCommandHandler(InterviewAccess access, IAuditTrail audit) : IRequestHandler<DecideEligibilityCommand, InterviewDto>
{
    public async Task<InterviewDto> Handle(DecideEligibilityCommand request, CancellationToken cancellationToken)
    {
        var campaign = await access.AsImplementerAsync(request.CampaignId, "interview.eligibility", cancellationToken);
        var interview = await access.LoadAsync(campaign.Id, request.EmployeeId, track: true, cancellationToken);
        interview.DecideEligibility(request.Eligible, request.Note);
        audit.Record("interview.eligibility", "Interview", interview.Id.ToString(), AuditOutcome.Allowed);
        return InterviewDto.Full(interview);
    }
}
