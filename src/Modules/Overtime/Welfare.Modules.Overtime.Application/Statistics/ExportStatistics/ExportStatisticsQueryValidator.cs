using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Statistics.ExportStatistics;

internal sealed class ExportStatisticsQueryValidator : AbstractValidator<ExportStatisticsQuery>
{
    public ExportStatisticsQueryValidator()
    {
        RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Department).MaximumLength(32).Matches("^[A-Za-z0-9_-]*$").When(q => q.Department is not null);
    }
}
