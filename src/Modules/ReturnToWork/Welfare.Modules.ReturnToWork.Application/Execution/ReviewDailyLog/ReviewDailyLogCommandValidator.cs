using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.Execution.ReviewDailyLog;

internal sealed class ReviewDailyLogCommandValidator : AbstractValidator<ReviewDailyLogCommand>
{
    public ReviewDailyLogCommandValidator()
    {
        RuleFor(c => c.Report).NotEmpty().MaximumLength(4000);
    }
}
