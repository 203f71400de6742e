using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Concurrency;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Interviews;

internal sealed class InterviewAccess(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, RecordVersion version)
{
    /// <summary>Loads a campaign in which the caller is an implementer; others may not use implementer functions (403, audited).</summary>
    public async Task<Campaign> AsImplementerAsync(Guid campaignId, string action, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, campaignId, action, cancellationToken);
        if (!StressCheckAccess.IsImplementer(user, campaign))
        {
            audit.Record(action, "Campaign", campaignId.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        return campaign;
    }

    /// <summary>Loads the interview of an employee once the caller's right to it is checked; its version is checked or answered (docs/adr/0011).</summary>
    public async Task<Interview> LoadAsync(Guid campaignId, string employeeId, bool track, CancellationToken cancellationToken)
    {
        var interviews = track ? db.Interviews : db.Interviews.AsNoTracking();
        var interview = await interviews.SingleOrDefaultAsync(i => i.CampaignId == campaignId && i.EmployeeId == employeeId, cancellationToken)
            ?? throw new NotFoundException("Interview", $"{campaignId}/{employeeId}");
        version.Observe(interview);
        return interview;
    }
}
