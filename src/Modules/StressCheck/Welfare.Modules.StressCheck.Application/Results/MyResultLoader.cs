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
    // Compiled once: the most frequent request of a campaign skips building, translating and looking up its
    // LINQ query every time (bench/http). Read far more often than changed: untracked, see below.
    private static readonly Func<DbContext, Guid, string, CancellationToken, Task<Submission?>> Latest =
        EF.CompileAsyncQuery((DbContext context, Guid campaignId, string employeeId, CancellationToken _) =>
            context.Set<Submission>().AsNoTracking().SingleOrDefault(s => s.CampaignId == campaignId && s.EmployeeId == employeeId && s.IsLatest));

    public async Task<Submission> LoadAndNotifyAsync(Guid campaignId, string action, CancellationToken cancellationToken)
    {
        var submission = await Latest((DbContext)db, campaignId, user.Id, cancellationToken);
        if (submission is null)
        {
            throw new NotFoundException("Result", campaignId.ToString());
        }

        if (submission.NotifiedAt is null)
        {
            // Tracked only by the one read that records the notification.
            db.Submissions.Attach(submission);
            submission.MarkNotified(clock.GetUtcNow());
        }

        audit.Record(action, "Result", submission.Id.ToString(), AuditOutcome.Allowed);
        return submission;
    }
}
