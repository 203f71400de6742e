using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Departments.DesignateOtherDriven;

internal sealed class DesignateOtherDrivenCommandValidator : AbstractValidator<DesignateOtherDrivenCommand>
{
    public DesignateOtherDrivenCommandValidator()
    {
        RuleFor(c => c.DepartmentCode).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).When(c => c.To is not null);
    }
}
