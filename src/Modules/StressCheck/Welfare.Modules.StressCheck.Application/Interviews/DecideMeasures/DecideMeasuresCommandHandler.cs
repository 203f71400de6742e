using MediatR;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews.DecideMeasures;

internal sealed class DecideMeasuresCommandHandler(IStressCheckDbContext db, InterviewAccess access, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<DecideMeasuresCommand, InterviewDto>
{
    public async Task<InterviewDto> Handle(DecideMeasuresCommand request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, "interview.decision", cancellationToken);
        var interview = await access.LoadAsync(campaign.Id, request.EmployeeId, track: true, cancellationToken);
        interview.Decide(new EmployerDecision(request.Measures, request.EmployeeOpinion, user.Id, clock.GetUtcNow()));
        audit.Record("interview.decision", "Interview", interview.Id.ToString(), AuditOutcome.Allowed);
        return InterviewDto.OpinionOnly(interview);
    }
}
