using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Interviews.GetInterviews;

internal sealed class GetInterviewsQueryValidator : AbstractValidator<GetInterviewsQuery>
{
    public GetInterviewsQueryValidator()
    {
        RuleFor(q => q.Status).IsInEnum().When(q => q.Status is not null);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
        RuleFor(q => q.Month).InclusiveBetween(1, 12).When(q => q.Month is not null);
        RuleFor(q => q.Department).MaximumLength(32);
    }
}
