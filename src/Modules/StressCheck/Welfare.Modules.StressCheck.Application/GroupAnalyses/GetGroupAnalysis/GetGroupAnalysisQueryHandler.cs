using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application.Results;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses.GetGroupAnalysis;

internal sealed class GetGroupAnalysisQueryHandler(
    IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, GroupAnalysisCalculator calculator, ResultDisclosure disclosure)
    : IRequestHandler<GetGroupAnalysisQuery, GroupAnalysisDto>
{
    private const string Action = "group-analysis.read";

    public async Task<GroupAnalysisDto> Handle(GetGroupAnalysisQuery request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, Action, cancellationToken);
        var record = $"{campaign.Id}/{request.DepartmentCode}";
        var release = await db.GroupAnalysisReleases.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id && r.DepartmentCode == request.DepartmentCode)
            .OrderByDescending(r => r.ReleasedAt).FirstOrDefaultAsync(cancellationToken);

        if (StressCheckAccess.IsImplementer(user, campaign))
        {
            var (figures, _) = await calculator.ComputeAsync(campaign, request.DepartmentCode, cancellationToken);
            audit.Record(Action, "GroupAnalysis", record, AuditOutcome.Allowed);
            return GroupAnalysisDto.From(campaign.Id, request.DepartmentCode, campaign.MinimumGroupSize, figures, release?.ReleasedAt);
        }

        var employerSide = StressCheckAccess.IsWelfareOfficer(user)
            || (user.IsInRole(Roles.DepartmentHead) && (await disclosure.ViewerAsync(campaign, cancellationToken)).Departments.Contains(request.DepartmentCode));
        if (!employerSide || release is null)
        {
            audit.Record(Action, "GroupAnalysis", record, AuditOutcome.Denied);
            throw new NotFoundException("GroupAnalysis", record);
        }

        audit.Record(Action, "GroupAnalysis", record, AuditOutcome.Allowed);
        return GroupAnalysisDto.From(campaign.Id, request.DepartmentCode, campaign.MinimumGroupSize,
            GroupAnalysisCalculator.Deserialize(release.Figures), release.ReleasedAt);
    }
}
