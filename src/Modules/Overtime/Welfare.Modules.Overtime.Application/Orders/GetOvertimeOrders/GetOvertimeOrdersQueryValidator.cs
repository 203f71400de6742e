using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Orders.GetOvertimeOrders;

internal sealed class GetOvertimeOrdersQueryValidator : AbstractValidator<GetOvertimeOrdersQuery>
{
    public GetOvertimeOrdersQueryValidator()
    {
        RuleFor(q => q.DepartmentCode).NotEmpty().MaximumLength(32);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("'to' is on or after 'from'.")
            .Must((q, to) => to.DayNumber - q.From.DayNumber <= 92).WithMessage("A period spans at most 92 days.");
    }
}
