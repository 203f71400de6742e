using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Limits.CloseMonth;

internal sealed class CloseMonthCommandValidator : AbstractValidator<CloseMonthCommand>
{
    public CloseMonthCommandValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Month).InclusiveBetween(1, 12);
    }
}
