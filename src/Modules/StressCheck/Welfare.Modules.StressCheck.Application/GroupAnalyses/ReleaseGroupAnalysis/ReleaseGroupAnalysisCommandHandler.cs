using MediatR;
using Welfare.Modules.StressCheck.Domain;
using Welfare.Modules.StressCheck.Domain.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.StressCheck.Application.GroupAnalyses.ReleaseGroupAnalysis;

internal sealed class ReleaseGroupAnalysisCommandHandler(
    IStressCheckDbContext db, ICurrentUser user, IAuditTrail audit, GroupAnalysisCalculator calculator, TimeProvider clock)
    : IRequestHandler<ReleaseGroupAnalysisCommand, GroupAnalysisDto>
{
    private const string Action = "group-analysis.release";

    public async Task<GroupAnalysisDto> Handle(ReleaseGroupAnalysisCommand request, CancellationToken cancellationToken)
    {
        var campaign = await StressCheckAccess.LoadVisibleAsync(db, user, audit, request.CampaignId, Action, cancellationToken);
        if (!StressCheckAccess.IsImplementer(user, campaign))
        {
            audit.Record(Action, "GroupAnalysis", $"{campaign.Id}/{request.DepartmentCode}", AuditOutcome.Denied);
            throw new ForbiddenException();
        }

        var (figures, everyoneConsented) = await calculator.ComputeAsync(campaign, request.DepartmentCode, cancellationToken);
        if (figures.Respondents < campaign.MinimumGroupSize && !everyoneConsented)
        {
            // A small group's figures point at individuals (stress-check.md §5).
            throw new ConflictException(StressCheckProblems.GroupTooSmall, new LocalizedText(
                $"受検者が {figures.Respondents} 人で、集団分析の最小人数 {campaign.MinimumGroupSize} 人に満たず、全員の同意もないため提供できません。",
                $"The group has {figures.Respondents} respondents, fewer than the minimum of {campaign.MinimumGroupSize}, and not all of them consented, so it cannot be released."));
        }

        var now = clock.GetUtcNow();
        db.GroupAnalysisReleases.Add(new GroupAnalysisRelease(Guid.CreateVersion7(now), campaign.Id, request.DepartmentCode, figures.Respondents,
            everyoneConsented, GroupAnalysisCalculator.Serialize(figures), now, user.Id, clock.Today().AddYears(Submission.RetentionYears)));
        audit.Record(Action, "GroupAnalysis", $"{campaign.Id}/{request.DepartmentCode}", AuditOutcome.Allowed);
        return GroupAnalysisDto.From(campaign.Id, request.DepartmentCode, campaign.MinimumGroupSize, figures, now);
    }
}
