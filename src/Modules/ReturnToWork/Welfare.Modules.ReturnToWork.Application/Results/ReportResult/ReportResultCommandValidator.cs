using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.Results.ReportResult;

internal sealed class ReportResultCommandValidator : AbstractValidator<ReportResultCommand>
{
    public ReportResultCommandValidator()
    {
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.RecommendedRestrictionMonths).InclusiveBetween(0, 24).When(c => c.RecommendedRestrictionMonths is not null);
    }
}
