using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;

namespace Welfare.Modules.StressCheck.Application.Interviews.RecommendInterview;

internal sealed class RecommendInterviewCommandHandler(IStressCheckDbContext db, InterviewAccess access, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RecommendInterviewCommand, InterviewDto>
{
    public async Task<InterviewDto> Handle(RecommendInterviewCommand request, CancellationToken cancellationToken)
    {
        var campaign = await access.AsImplementerAsync(request.CampaignId, "interview.recommend", cancellationToken);
        var highStress = await db.Submissions.AnyAsync(
            s => s.CampaignId == campaign.Id && s.EmployeeId == request.EmployeeId && s.IsLatest && s.HighStress, cancellationToken);
        if (!highStress)
        {
            throw new BusinessRuleViolationException(StressCheckProblems.NotHighStress);
        }

        if (await db.Interviews.AnyAsync(i => i.CampaignId == campaign.Id && i.EmployeeId == request.EmployeeId, cancellationToken))
        {
            throw new ConflictException(StressCheckProblems.InterviewExists);
        }

        var now = clock.GetUtcNow();
        var interview = Interview.Recommended(Guid.CreateVersion7(now), campaign.Id, request.EmployeeId, now, clock.Today().AddYears(Submission.RetentionYears));
        db.Interviews.Add(interview);
        audit.Record("interview.recommend", "Interview", interview.Id.ToString(), AuditOutcome.Allowed);
        return InterviewDto.Full(interview);
    }
}
