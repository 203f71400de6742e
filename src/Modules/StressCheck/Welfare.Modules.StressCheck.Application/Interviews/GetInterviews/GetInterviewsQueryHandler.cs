using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews.GetInterviews;

internal sealed class GetInterviewsQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit)
    : IRequestHandler<GetInterviewsQuery, PagedList<InterviewDto>>
{
    private const string Action = "interview.list";

    public async Task<PagedList<InterviewDto>> Handle(GetInterviewsQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, Action, cancellationToken);
        var allowed = StressCheckAccess.IsImplementer(user, campaign) || StressCheckAccess.IsWelfareOfficer(user)
            || StressCheckAccess.ActsAsStaff(user, campaign, audit, Action);
        if (!allowed)
        {
            audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var interviews = await db.Interviews.AsNoTracking().Where(i => i.CampaignId == campaign.Id).OrderBy(i => i.EmployeeId).ThenBy(i => i.Id)
            .ToPagedListAsync(request.Paging, cancellationToken);
        audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return interviews.Map(InterviewDto.Summary);
    }
}
