using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.Campaigns;
using Welfare.Modules.StressCheck.IntegrationEvents;
using Welfare.SharedKernel.Application.IntegrationEvents;

namespace Welfare.Modules.StressCheck.Application.Participation;

/// <summary>Who a reminder goes to: the campaign's included targets without a submission (of those wanted, if listed).</summary>
internal static class ReminderTargets
{
    public static async Task<List<string>> NotTakenAsync(IStressCheckDbContext db, Guid campaignId, IReadOnlyCollection<string>? wanted, CancellationToken cancellationToken)
    {
        var taken = (await db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaignId && s.IsLatest)
            .Select(s => s.EmployeeId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var only = wanted is { Count: > 0 } ? wanted.ToHashSet(StringComparer.Ordinal) : null;
        return (await CampaignLoader.TargetsAsync(db, campaignId, cancellationToken))
            .Where(t => !taken.Contains(t.EmployeeId) && (only is null || only.Contains(t.EmployeeId)))
            .Select(t => t.EmployeeId)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One reminder request per employee, announced as an integration event.</summary>
    public static void Request(IOutbox outbox, Guid campaignId, DateOnly closesOn, IEnumerable<string> employeeIds, DateTimeOffset now)
    {
        foreach (var employeeId in employeeIds)
        {
            outbox.Add(new StressCheckReminderRequestedIntegrationEvent(Guid.CreateVersion7(now), now, campaignId, employeeId, closesOn));
        }
    }
}
