using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.Execution.RecordDailyLog;

internal sealed class RecordDailyLogCommandValidator : AbstractValidator<RecordDailyLogCommand>
{
    public RecordDailyLogCommandValidator()
    {
        RuleFor(c => c.End).GreaterThan(c => c.Start);
        RuleFor(c => c.Tasks).NotNull().NotEmpty();
        RuleForEach(c => c.Tasks).IsInEnum();
        RuleFor(c => c.Condition).IsInEnum();
        RuleFor(c => c.TaskDetails).MaximumLength(2000);
        RuleFor(c => c.Remarks).MaximumLength(2000);
    }
}
