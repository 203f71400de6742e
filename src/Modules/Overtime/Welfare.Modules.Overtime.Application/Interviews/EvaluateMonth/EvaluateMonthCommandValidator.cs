using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Interviews.EvaluateMonth;

internal sealed class EvaluateMonthCommandValidator : AbstractValidator<EvaluateMonthCommand>
{
    public EvaluateMonthCommandValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Month).InclusiveBetween(1, 12);
    }
}
