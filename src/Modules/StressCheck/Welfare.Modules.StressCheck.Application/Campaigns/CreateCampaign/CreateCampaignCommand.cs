using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.CreateCampaign;

/// <summary>
/// Prepares a campaign (draft). <see cref="Criteria"/> defaults to the MHLW values of the method;
/// targets are all active employees unless departments or employment types narrow them.
/// </summary>
public sealed record CreateCampaignCommand(
    int FiscalYear,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    HighStressCriteriaDto Criteria,
    int? MinimumGroupSize,
    ConsentScope ConsentScope,
    string CommitteeDecisionReference,
    IReadOnlyList<string>? TargetDepartments,
    IReadOnlyList<TargetEmploymentType>? TargetEmploymentTypes,
    bool InterviewRequestCountsAsConsent = false) : ICommand<CampaignDto>;
