using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses.GetGroupAnalyses;

internal sealed class GetGroupAnalysesQueryHandler(IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, GroupAnalysisCalculator calculator)
    : IRequestHandler<GetGroupAnalysesQuery, IReadOnlyList<GroupAnalysisDto>>
{
    private const string Action = "group-analysis.read";

    public async Task<IReadOnlyList<GroupAnalysisDto>> Handle(GetGroupAnalysesQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, Action, cancellationToken);
        if (!StressCheckAccess.IsImplementer(user, campaign))
        {
            audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var released = await db.GroupAnalysisReleases.AsNoTracking().Where(r => r.CampaignId == campaign.Id)
            .GroupBy(r => r.DepartmentCode).Select(g => new { Department = g.Key, At = g.Max(r => r.ReleasedAt) })
            .ToDictionaryAsync(r => r.Department, r => r.At, cancellationToken);
        var analyses = await calculator.ComputeAllAsync(campaign, null, cancellationToken);
        audit.Record(Action, "Campaign", campaign.Id.ToString(), AuditOutcome.Allowed);
        return [.. analyses.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => GroupAnalysisDto.From(campaign.Id, a.Key, campaign.MinimumGroupSize, a.Value, released.TryGetValue(a.Key, out var at) ? at : null))];
    }
}
