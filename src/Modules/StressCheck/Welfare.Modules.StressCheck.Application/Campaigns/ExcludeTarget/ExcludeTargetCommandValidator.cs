using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Campaigns.ExcludeTarget;

internal sealed class ExcludeTargetCommandValidator : AbstractValidator<ExcludeTargetCommand>
{
    public ExcludeTargetCommandValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
}
