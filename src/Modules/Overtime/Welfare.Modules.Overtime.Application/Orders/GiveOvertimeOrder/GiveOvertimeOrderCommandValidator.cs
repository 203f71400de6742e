using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Orders.GiveOvertimeOrder;

internal sealed class GiveOvertimeOrderCommandValidator : AbstractValidator<GiveOvertimeOrderCommand>
{
    public GiveOvertimeOrderCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.WorkDate).NotEmpty();
        RuleFor(c => c.PlannedEnd).GreaterThan(c => c.PlannedStart).WithMessage("'plannedEnd' is after 'plannedStart'.");
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
        RuleFor(c => c.SpecialBusiness).IsInEnum();
    }
}
