using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Statistics.GetStatistics;

internal sealed class GetStatisticsQueryValidator : AbstractValidator<GetStatisticsQuery>
{
    public GetStatisticsQueryValidator()
    {
        RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Department).MaximumLength(32).Matches("^[A-Za-z0-9_-]*$").When(q => q.Department is not null);
    }
}
