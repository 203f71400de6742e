using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Limits.GetEmployeeLimits;

internal sealed class GetEmployeeLimitsQueryValidator : AbstractValidator<GetEmployeeLimitsQuery>
{
    public GetEmployeeLimitsQueryValidator()
    {
        RuleFor(q => q.EmployeeId).MaximumLength(32);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Month).InclusiveBetween(1, 12);
        RuleFor(q => q.Month).NotNull().When(q => q.Year is not null).WithMessage("'month' goes with 'year'.");
        RuleFor(q => q.Year).NotNull().When(q => q.Month is not null).WithMessage("'year' goes with 'month'.");
    }
}
