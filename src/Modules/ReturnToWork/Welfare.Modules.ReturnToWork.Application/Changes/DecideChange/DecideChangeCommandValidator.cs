using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.Changes.DecideChange;

internal sealed class DecideChangeCommandValidator : AbstractValidator<DecideChangeCommand>
{
    public DecideChangeCommandValidator()
    {
        RuleFor(c => c.Remarks).NotNull().MaximumLength(4000);
    }
}
