using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Limits.GetLimitsOverview;

internal sealed class GetLimitsOverviewQueryValidator : AbstractValidator<GetLimitsOverviewQuery>
{
    public GetLimitsOverviewQueryValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Month).InclusiveBetween(1, 12);
        RuleFor(q => q.Department).MaximumLength(32);
        RuleFor(q => q.MinWarning).InclusiveBetween(1, 100);
    }
}
