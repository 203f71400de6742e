using FluentValidation;

namespace Welfare.Modules.Overtime.Application.WorkingTime.CorrectWorkingDay;

internal sealed class CorrectWorkingDayCommandValidator : AbstractValidator<CorrectWorkingDayCommand>
{
    public CorrectWorkingDayCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}
