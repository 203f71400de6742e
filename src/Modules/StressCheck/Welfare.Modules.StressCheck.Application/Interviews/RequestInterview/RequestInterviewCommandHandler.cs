using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.Results;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews.RequestInterview;

internal sealed class RequestInterviewCommandHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<RequestInterviewCommand, InterviewDto>
{
    public async Task<InterviewDto> Handle(RequestInterviewCommand request, CancellationToken cancellationToken)
    {
        var campaign = await NotifiedResult.RequireAsync(db, request.CampaignId, user.Id, new LocalizedText(
            "結果の通知前には面接指導を申し出られません。先に自分の結果を確認してください。",
            "An interview can be requested only after you have received your result. Read your result first."), cancellationToken);

        var now = clock.GetUtcNow();
        var interview = await db.Interviews.SingleOrDefaultAsync(i => i.CampaignId == campaign.Id && i.EmployeeId == user.Id, cancellationToken);
        if (interview is null)
        {
            interview = Interview.Requested(Guid.CreateVersion7(now), campaign.Id, user.Id, now, clock.Today().AddYears(Submission.RetentionYears));
            db.Interviews.Add(interview);
        }
        else
        {
            interview.Request(now);
        }

        if (campaign.InterviewRequestCountsAsConsent
            && !await db.Consents.AnyAsync(c => c.CampaignId == campaign.Id && c.EmployeeId == user.Id && c.WithdrawnAt == null, cancellationToken))
        {
            db.Consents.Add(new ResultConsent(Guid.CreateVersion7(now), campaign.Id, user.Id, campaign.ConsentScope, ConsentSource.InterviewRequest, now));
        }

        audit.Record("interview.request", "Interview", interview.Id.ToString(), AuditOutcome.Allowed);
        return InterviewDto.Full(interview);
    }
}
