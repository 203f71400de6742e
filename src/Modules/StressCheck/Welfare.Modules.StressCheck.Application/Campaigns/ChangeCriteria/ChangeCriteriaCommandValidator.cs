using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Campaigns.ChangeCriteria;

internal sealed class ChangeCriteriaCommandValidator : AbstractValidator<ChangeCriteriaCommand>
{
    public ChangeCriteriaCommandValidator()
    {
        this.RulesForCriteria(c => c.Criteria);
        RuleFor(c => c.MinimumGroupSize).InclusiveBetween(2, 1000);
        RuleFor(c => c.ConsentScope).IsInEnum();
        RuleFor(c => c.CommitteeDecisionReference).NotEmpty().MaximumLength(200);
    }
}
