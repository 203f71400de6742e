using FluentValidation;

namespace Welfare.Modules.Overtime.Application.WorkingTime.GetWorkingDays;

internal sealed class GetWorkingDaysQueryValidator : AbstractValidator<GetWorkingDaysQuery>
{
    public GetWorkingDaysQueryValidator()
    {
        RuleFor(q => q.EmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("'to' is on or after 'from'.")
            .Must((q, to) => to.DayNumber - q.From.DayNumber < GetWorkingDaysQuery.MaxDays).WithMessage("A period spans at most one year.");
    }
}
