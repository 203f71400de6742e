using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.DecidePreReturn;

internal sealed class DecidePreReturnCommandValidator : AbstractValidator<DecidePreReturnCommand>
{
    public DecidePreReturnCommandValidator()
    {
        RuleFor(c => c.Remarks).NotNull().MaximumLength(4000);
    }
}
