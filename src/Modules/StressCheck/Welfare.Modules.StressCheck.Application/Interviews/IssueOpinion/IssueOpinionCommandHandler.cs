using MediatR;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.Modules.StressCheck.IntegrationEvents;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews.IssueOpinion;

internal sealed class IssueOpinionCommandHandler(InterviewAccess access, ICurrentUser user, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
    : IRequestHandler<IssueOpinionCommand, InterviewDto>
{
    public async Task<InterviewDto> Handle(IssueOpinionCommand request, CancellationToken cancellationToken)
    {
        var campaign = await access.AsImplementerAsync(request.CampaignId, "interview.opinion", cancellationToken);
        var interview = await access.LoadAsync(campaign.Id, request.EmployeeId, track: true, cancellationToken);
        var now = clock.GetUtcNow();
        interview.IssueOpinion(new PhysicianOpinion(request.WorkCategory, request.OvertimeCapHours, request.OvertimeForbidden, request.ShortenedHours,
            request.NoNightWork, request.OtherMeasures, request.ValidFrom, request.ValidTo, request.WorkloadMeasures, request.HumanRelationsMeasures, user.Id, now));
        outbox.Add(new PhysicianOpinionIssuedIntegrationEvent(Guid.CreateVersion7(now), now, interview.EmployeeId, (int)request.WorkCategory,
            request.OvertimeCapHours, request.OvertimeForbidden, request.ShortenedHours, request.NoNightWork, request.ValidFrom, request.ValidTo));
        audit.Record("interview.opinion", "Interview", interview.Id.ToString(), AuditOutcome.Allowed);
        return InterviewDto.Full(interview);
    }
}
