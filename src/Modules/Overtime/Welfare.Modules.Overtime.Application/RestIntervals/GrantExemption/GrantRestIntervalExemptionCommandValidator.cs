using FluentValidation;

namespace Welfare.Modules.Overtime.Application.RestIntervals.GrantExemption;

internal sealed class GrantRestIntervalExemptionCommandValidator : AbstractValidator<GrantRestIntervalExemptionCommand>
{
    public GrantRestIntervalExemptionCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}
