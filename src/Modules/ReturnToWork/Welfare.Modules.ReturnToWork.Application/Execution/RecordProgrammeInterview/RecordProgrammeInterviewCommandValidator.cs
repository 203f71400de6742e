using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.Execution.RecordProgrammeInterview;

internal sealed class RecordProgrammeInterviewCommandValidator : AbstractValidator<RecordProgrammeInterviewCommand>
{
    public RecordProgrammeInterviewCommandValidator()
    {
        RuleFor(c => c.Notes).NotNull().MaximumLength(4000);
    }
}
