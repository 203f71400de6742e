using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.Results;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews;

/// <summary>
/// What of an employee's interview the caller may see (別表第1), for the record and for its printed forms alike:
/// the implementer everything, welfare officers the opinion and decision, the employee's department head those
/// once an opinion exists (never who asked), staff the status. Every read is audited; anyone else gets 404.
/// </summary>
internal sealed class InterviewViews(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, InterviewAccess access, ResultDisclosure disclosure)
{
    /// <param name="shows">The part the caller asks for (a printed form); a view without it is refused like no view.</param>
    public async Task<InterviewDto> VisibleAsync(Guid campaignId, string employeeId, string action, CancellationToken cancellationToken, Func<InterviewDto, bool>? shows = null)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, campaignId, action, cancellationToken);
        var record = $"{campaign.Id}/{employeeId}";
        InterviewDto? shown = null;
        if (StressCheckAccess.IsImplementer(user, campaign))
        {
            shown = InterviewDto.Full(await access.LoadAsync(campaign.Id, employeeId, track: false, cancellationToken));
        }
        else if (StressCheckAccess.IsWelfareOfficer(user))
        {
            shown = InterviewDto.OpinionOnly(await access.LoadAsync(campaign.Id, employeeId, track: false, cancellationToken));
        }
        else if (await HeadsEmployeeAsync(campaign, employeeId, cancellationToken))
        {
            // The head learns the physician's opinion and the decision, never who asked for an interview
            // (別表第1): until an opinion exists there is nothing for them to see.
            var interview = await access.LoadAsync(campaign.Id, employeeId, track: false, cancellationToken);
            shown = interview.Opinion is null ? null : InterviewDto.ForDepartmentHead(interview);
        }
        else if (StressCheckAccess.ActsAsStaff(user, campaign, audit, action))
        {
            shown = InterviewDto.Summary(await access.LoadAsync(campaign.Id, employeeId, track: false, cancellationToken));
        }

        if (shown is null || (shows is not null && !shows(shown)))
        {
            audit.Record(action, "Interview", record, AuditOutcome.Denied);
            throw new NotFoundException("Interview", record);
        }

        audit.Record(action, "Interview", record, AuditOutcome.Allowed);
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
