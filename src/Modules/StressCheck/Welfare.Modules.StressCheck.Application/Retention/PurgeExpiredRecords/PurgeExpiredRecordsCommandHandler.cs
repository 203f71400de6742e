using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.Retention.PurgeExpiredRecords;

internal sealed class PurgeExpiredRecordsCommandHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<PurgeExpiredRecordsCommand, PurgeReportDto>
{
    public async Task<PurgeReportDto> Handle(PurgeExpiredRecordsCommand request, CancellationToken cancellationToken)
    {
        var today = clock.Today();

        // Welfare officers through the API; the system as the scheduled daily purge (never dry).
        if (!user.IsSystem && !StressCheckAccess.IsWelfareOfficer(user))
        {
            audit.Record(request.DryRun ? "retention.purge.dry-run" : "retention.purge", "StressCheckRecords", today.ToString("yyyy-MM-dd"), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var submissions = await db.Submissions.Where(s => s.RetainUntil < today).ToListAsync(cancellationToken);

        // A consent goes with the last result it covered.
        var expiredKeys = submissions.Select(s => new { s.CampaignId, s.EmployeeId }).Distinct().ToList();
        var campaignIds = expiredKeys.Select(k => k.CampaignId).Distinct().ToList();
        var remaining = (await db.Submissions.Where(s => campaignIds.Contains(s.CampaignId) && s.RetainUntil >= today)
            .Select(s => new { s.CampaignId, s.EmployeeId }).ToListAsync(cancellationToken)).ToHashSet();
        var consentCandidates = await db.Consents.Where(c => campaignIds.Contains(c.CampaignId)).ToListAsync(cancellationToken);
        var consents = consentCandidates
            .Where(c => expiredKeys.Contains(new { c.CampaignId, c.EmployeeId }) && !remaining.Contains(new { c.CampaignId, c.EmployeeId }))
            .ToList();
        var interviews = await db.Interviews.Where(i => i.RetainUntil < today).ToListAsync(cancellationToken);
        var analyses = await db.GroupAnalysisReleases.Where(r => r.RetainUntil < today).ToListAsync(cancellationToken);

        if (!request.DryRun)
        {
            db.Submissions.RemoveRange(submissions);
            db.Consents.RemoveRange(consents);
            db.Interviews.RemoveRange(interviews);
            db.GroupAnalysisReleases.RemoveRange(analyses);
        }

        audit.Record(request.DryRun ? "retention.purge.dry-run" : "retention.purge", "StressCheckRecords", today.ToString("yyyy-MM-dd"), AuditOutcome.Allowed);
        return new PurgeReportDto(request.DryRun, today, submissions.Count, consents.Count, interviews.Count, analyses.Count);
    }
}
