using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Results;

/// <summary>
/// The caller's latest result in a campaign, which only they read this way. The first read is the
/// notification (seed 004 art. 11): its time is recorded once.
/// </summary>
internal sealed class MyResultLoader(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Submission> LoadAndNotifyAsync(Guid campaignId, string action, CancellationToken cancellationToken)
    {
        // Read far more often than changed: tracked only by the one read that records the notification.
        var employeeId = user.Id;
        var submission = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(
            s => s.CampaignId == campaignId && s.EmployeeId == employeeId && s.IsLatest, cancellationToken);
        if (submission is null)
        {
            throw new NotFoundException("Result", campaignId.ToString());
        }

        if (submission.NotifiedAt is null)
        {
            db.Submissions.Attach(submission);
            submission.MarkNotified(clock.GetUtcNow());
        }

        audit.Record(action, "Result", submission.Id.ToString(), AuditOutcome.Allowed);
        return submission;
    }
}
