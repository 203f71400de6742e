using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Paging;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses.GetGroupAnalyses;

internal sealed class GetGroupAnalysesQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, GroupAnalysisCalculator calculator)
    : IRequestHandler<GetGroupAnalysesQuery, PagedList<GroupAnalysisDto>>
{
    private const string Action = "group-analysis.read";

    public async Task<PagedList<GroupAnalysisDto>> Handle(GetGroupAnalysesQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, Action, cancellationToken);
        if (!StressCheckAccess.IsImplementer(user, campaign))
        {
            audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        // The departments with answers are paged in the database; only the page's figures are computed.
        var departments = await db.Submissions.AsNoTracking().Where(s => s.CampaignId == campaign.Id && s.IsLatest)
            .Select(s => s.DepartmentCode).Distinct().OrderBy(d => d)
            .ToPagedListAsync(request.Paging, cancellationToken);
        var codes = departments.Items;
        var released = await db.GroupAnalysisReleases.AsNoTracking().Where(r => r.CampaignId == campaign.Id && codes.Contains(r.DepartmentCode))
            .GroupBy(r => r.DepartmentCode).Select(g => new { Department = g.Key, At = g.Max(r => r.ReleasedAt) })
            .ToDictionaryAsync(r => r.Department, r => r.At, cancellationToken);
        var analyses = await calculator.ComputeAllAsync(campaign, codes, cancellationToken);
        audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return departments.Map(d => GroupAnalysisDto.From(campaign.Id, d, campaign.MinimumGroupSize, analyses[d], released.TryGetValue(d, out var at) ? at : null));
    }
}
