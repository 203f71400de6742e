using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.RecordBriefing;

internal sealed class RecordBriefingCommandValidator : AbstractValidator<RecordBriefingCommand>
{
    public RecordBriefingCommandValidator()
    {
        RuleFor(c => c.Points).NotNull().NotEmpty();
        RuleForEach(c => c.Points).IsInEnum();
    }
}
