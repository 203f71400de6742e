using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Analyses.RecordCountermeasures;

internal sealed class RecordCountermeasuresCommandValidator : AbstractValidator<RecordCountermeasuresCommand>
{
    public RecordCountermeasuresCommandValidator() => RuleFor(c => c.Countermeasures).NotEmpty().MaximumLength(4000);
}
