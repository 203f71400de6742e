using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Interviews.RecordInterview;

internal sealed class RecordInterviewCommandValidator : AbstractValidator<RecordInterviewCommand>
{
    public RecordInterviewCommandValidator()
    {
        RuleFor(c => c.WorkSituation).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.PsychologicalBurden).NotEmpty().MaximumLength(4000);
        RuleFor(c => c.OtherHealthState).NotEmpty().MaximumLength(4000);
    }
}
