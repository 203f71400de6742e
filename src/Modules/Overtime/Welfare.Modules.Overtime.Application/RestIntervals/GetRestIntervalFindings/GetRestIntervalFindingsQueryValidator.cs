using FluentValidation;

namespace Welfare.Modules.Overtime.Application.RestIntervals.GetRestIntervalFindings;

internal sealed class GetRestIntervalFindingsQueryValidator : AbstractValidator<GetRestIntervalFindingsQuery>
{
    public GetRestIntervalFindingsQueryValidator()
    {
        RuleFor(q => q.DepartmentCode).NotEmpty().MaximumLength(32);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("'to' is on or after 'from'.")
            .Must((q, to) => to.DayNumber - q.From.DayNumber <= 92).WithMessage("A period spans at most 92 days.");
    }
}
