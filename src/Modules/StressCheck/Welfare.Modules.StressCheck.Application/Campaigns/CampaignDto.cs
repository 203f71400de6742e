using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.Scoring;

namespace Welfare.Modules.StressCheck.Application.Campaigns;

public sealed record HighStressCriteriaDto(ScoringMethod Method, int StressReaction, int FactorsAndSupport, int StressReactionWithFactors)
{
    public static HighStressCriteriaDto From(HighStressCriteria c) => new(c.Method, c.StressReaction, c.FactorsAndSupport, c.StressReactionWithFactors);

    public HighStressCriteria ToCriteria() => new(Method, StressReaction, FactorsAndSupport, StressReactionWithFactors);
}

public sealed record CampaignDto(
    Guid Id,
    int FiscalYear,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    CampaignStatus Status,
    string Questionnaire,
    HighStressCriteriaDto Criteria,
    int MinimumGroupSize,
    ConsentScope ConsentScope,
    bool InterviewRequestCountsAsConsent,
    string CommitteeDecisionReference,
    IReadOnlyList<string> Implementers,
    IReadOnlyList<string> ImplementationStaff,
    IReadOnlyList<string> TargetDepartments,
    IReadOnlyList<TargetEmploymentType> TargetEmploymentTypes,
    int TargetCount)
{
    public const string Bjsq57 = "BJSQ-57";

    public static CampaignDto From(Campaign c, int targetCount) => new(
        c.Id, c.FiscalYear, c.OpensOn, c.ClosesOn, c.Status, Bjsq57, HighStressCriteriaDto.From(c.Criteria), c.MinimumGroupSize,
        c.ConsentScope, c.InterviewRequestCountsAsConsent, c.CommitteeDecisionReference, c.Implementers, c.ImplementationStaff, c.TargetDepartments, [.. c.TargetEmploymentTypes.Select(Enum.Parse<TargetEmploymentType>)],
        targetCount);
}
