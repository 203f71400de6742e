using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Analyses.RecordExcessAnalysis;

internal sealed class RecordExcessAnalysisCommandValidator : AbstractValidator<RecordExcessAnalysisCommand>
{
    public RecordExcessAnalysisCommandValidator()
    {
        RuleFor(c => c.WorkSummary).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.WhyUnavoidable).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.Analysis).NotEmpty().MaximumLength(4000);
    }
}
