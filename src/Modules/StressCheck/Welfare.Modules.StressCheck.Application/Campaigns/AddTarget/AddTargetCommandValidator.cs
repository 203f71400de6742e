using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Campaigns.AddTarget;

internal sealed class AddTargetCommandValidator : AbstractValidator<AddTargetCommand>
{
    public AddTargetCommandValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
}
