using FluentValidation;
using Welfare.Modules.ReturnToWork.Application.PreReturns;

namespace Welfare.Modules.ReturnToWork.Application.Changes.RequestChange;

internal sealed class RequestChangeCommandValidator : AbstractValidator<RequestChangeCommand>
{
    public RequestChangeCommandValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Explanation).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.NewPlan!).SetValidator(new PlanInputValidator()).When(c => c.NewPlan is not null);
    }
}
