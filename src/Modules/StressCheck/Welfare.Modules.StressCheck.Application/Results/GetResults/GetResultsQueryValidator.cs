using FluentValidation;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.StressCheck.Application.Results.GetResults;

internal sealed class GetResultsQueryValidator : AbstractValidator<GetResultsQuery>
{
    public GetResultsQueryValidator()
    {
        RuleFor(q => q.DepartmentCode).MaximumLength(32);
        this.RulesForPaging();
    }
}
