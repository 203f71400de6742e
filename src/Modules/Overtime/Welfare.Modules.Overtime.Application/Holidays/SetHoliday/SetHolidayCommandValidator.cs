using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Holidays.SetHoliday;

internal sealed class SetHolidayCommandValidator : AbstractValidator<SetHolidayCommand>
{
    public SetHolidayCommandValidator()
    {
        RuleFor(c => c.Date).NotEmpty();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100).When(c => c.Name is not null);
    }
}
