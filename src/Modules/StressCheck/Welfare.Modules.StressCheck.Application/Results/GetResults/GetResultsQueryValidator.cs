using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Results.GetResults;

internal sealed class GetResultsQueryValidator : AbstractValidator<GetResultsQuery>
{
    public GetResultsQueryValidator()
    {
        RuleFor(q => q.Department).MaximumLength(32);
    }
}
