using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.Campaigns;
using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.StressCheck.Application.Results;

/// <summary>
/// What consent and interview requests both need first: the caller is a target and has received the
/// result (stress-check.md §5: nothing may be asked before notification; 409 otherwise).
/// </summary>
internal static class NotifiedResult
{
    public static async Task<Campaign> RequireAsync(IStressCheckDbContext db, Guid campaignId, string employeeId, LocalizedText refusal, CancellationToken cancellationToken)
    {
        var campaign = await CampaignLoader.LoadAsync(db, campaignId, targetOf: employeeId, cancellationToken);
        if (campaign.TargetFor(employeeId) is null)
        {
            throw new NotFoundException("Campaign", campaignId.ToString());
        }

        var notified = await db.Submissions.AsNoTracking()
            .AnyAsync(s => s.CampaignId == campaign.Id && s.EmployeeId == employeeId && s.IsLatest && s.NotifiedAt != null, cancellationToken);
        if (!notified)
        {
            throw new ConflictException(StressCheckProblems.ResultNotYetNotified, refusal);
        }

        return campaign;
    }
}
