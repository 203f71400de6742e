using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.Results;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews.GetInterview;

internal sealed class GetInterviewQueryHandler(
    IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, InterviewAccess access, ResultDisclosure disclosure)
    : IRequestHandler<GetInterviewQuery, InterviewDto>
{
    private const string Action = "interview.read";

    public async Task<InterviewDto> Handle(GetInterviewQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, Action, cancellationToken);
        var record = $"{campaign.Id}/{request.EmployeeId}";
        InterviewDto? shown = null;
        if (StressCheckAccess.IsImplementer(user, campaign))
        {
            shown = InterviewDto.Full(await access.LoadAsync(campaign.Id, request.EmployeeId, track: false, cancellationToken));
        }
        else if (StressCheckAccess.IsWelfareOfficer(user))
        {
            shown = InterviewDto.OpinionOnly(await access.LoadAsync(campaign.Id, request.EmployeeId, track: false, cancellationToken));
        }
        else if (await HeadsEmployeeAsync(campaign, request.EmployeeId, cancellationToken))
        {
            // The head learns the physician's opinion and the decision, never who asked for an interview
            // (別表第1): until an opinion exists there is nothing for them to see.
            var interview = await access.LoadAsync(campaign.Id, request.EmployeeId, track: false, cancellationToken);
            shown = interview.Opinion is null ? null : InterviewDto.ForDepartmentHead(interview);
        }
        else if (StressCheckAccess.ActsAsStaff(user, campaign, audit, Action))
        {
            shown = InterviewDto.Summary(await access.LoadAsync(campaign.Id, request.EmployeeId, track: false, cancellationToken));
        }

        if (shown is null)
        {
            audit.Record(Action, "Interview", record, AuditOutcome.Denied);
            throw new NotFoundException("Interview", record);
        }

        audit.Record(Action, "Interview", record, AuditOutcome.Allowed);
        return shown;
    }

    private async Task<bool> HeadsEmployeeAsync(Domain.Campaigns.Campaign campaign, string employeeId, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.DepartmentHead))
        {
            return false;
        }

        var department = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaign.Id).SelectMany(c => c.Targets)
            .Where(t => t.EmployeeId == employeeId).Select(t => t.DepartmentCode).FirstOrDefaultAsync(cancellationToken);
        return department is not null && (await disclosure.ViewerAsync(campaign, cancellationToken)).Departments.Contains(department);
    }
}
