using FluentValidation;

namespace Welfare.Modules.Overtime.Application.Interviews.RecordOpinion;

internal sealed class RecordOpinionCommandValidator : AbstractValidator<RecordOpinionCommand>
{
    public RecordOpinionCommandValidator()
    {
        RuleFor(c => c.HeldOn).NotEmpty();
        RuleFor(c => c.OvertimeCapHours).InclusiveBetween(0, 100).When(c => c.OvertimeCapHours is not null);
        RuleFor(c => c.MeasuresTo).GreaterThanOrEqualTo(c => c.MeasuresFrom).When(c => c.MeasuresTo is not null && c.MeasuresFrom is not null);
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}
