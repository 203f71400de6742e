using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Interviews.DecideEligibility;

internal sealed class DecideEligibilityCommandValidator : AbstractValidator<DecideEligibilityCommand>
{
    public DecideEligibilityCommandValidator() => RuleFor(c => c.Note).MaximumLength(1000);
}
