using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Campaigns.CreateCampaign;

internal sealed class CreateCampaignCommandValidator : AbstractValidator<CreateCampaignCommand>
{
    public CreateCampaignCommandValidator()
    {
        RuleFor(c => c.FiscalYear).InclusiveBetween(2015, 2100);
        RuleFor(c => c.ClosesOn).GreaterThanOrEqualTo(c => c.OpensOn);
        this.RulesForCriteria(c => c.Criteria);
        RuleFor(c => c.MinimumGroupSize).InclusiveBetween(2, 1000).When(c => c.MinimumGroupSize is not null);
        RuleFor(c => c.ConsentScope).IsInEnum();
        RuleFor(c => c.CommitteeDecisionReference).NotEmpty().MaximumLength(200);
        RuleFor(c => c.TargetDepartments).Must(d => d!.Count <= 1000).When(c => c.TargetDepartments is not null);
        RuleForEach(c => c.TargetDepartments).NotEmpty().MaximumLength(32);
        RuleForEach(c => c.TargetEmploymentTypes).IsInEnum();
    }
}
