using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalyses;

internal sealed class GetExcessAnalysesQueryValidator : AbstractValidator<GetExcessAnalysesQuery>
{
    public GetExcessAnalysesQueryValidator()
    {
        RuleFor(q => q.Department).MaximumLength(32);
        RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Status).IsInEnum();
    }
}
