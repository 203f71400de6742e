using FluentValidation;

namespace Welfare.Modules.StressCheck.Application.Participation.RequestReminders;

internal sealed class RequestRemindersCommandValidator : AbstractValidator<RequestRemindersCommand>
{
    public RequestRemindersCommandValidator()
    {
        RuleFor(c => c.EmployeeIds).Must(ids => ids!.Count <= 10_000).When(c => c.EmployeeIds is not null);
        RuleForEach(c => c.EmployeeIds).NotEmpty().MaximumLength(32);
    }
}
