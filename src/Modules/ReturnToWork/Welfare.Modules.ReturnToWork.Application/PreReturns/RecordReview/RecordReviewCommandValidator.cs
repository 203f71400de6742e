using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.RecordReview;

internal sealed class RecordReviewCommandValidator : AbstractValidator<RecordReviewCommand>
{
    public RecordReviewCommandValidator()
    {
        RuleFor(c => c.Opinion).NotEmpty().MaximumLength(4000);
    }
}
