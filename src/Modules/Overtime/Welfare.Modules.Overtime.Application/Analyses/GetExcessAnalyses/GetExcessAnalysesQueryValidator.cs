using FluentValidation;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Analyses.GetExcessAnalyses;

internal sealed class GetExcessAnalysesQueryValidator : AbstractValidator<GetExcessAnalysesQuery>
{
    public GetExcessAnalysesQueryValidator()
    {
        RuleFor(q => q.DepartmentCode).MaximumLength(32);
        RuleFor(q => q.FiscalYear).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Status).IsInEnum();
        this.RulesForPaging();
    }
}
