using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.DraftPlan;

internal sealed class DraftPlanCommandValidator : AbstractValidator<DraftPlanCommand>
{
    public DraftPlanCommandValidator() => RuleFor(c => c.Plan).NotNull().SetValidator(new PlanInputValidator());
}
