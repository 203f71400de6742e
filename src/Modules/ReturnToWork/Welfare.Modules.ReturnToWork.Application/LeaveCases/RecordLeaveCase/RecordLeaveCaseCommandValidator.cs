using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.LeaveCases.RecordLeaveCase;

internal sealed class RecordLeaveCaseCommandValidator : AbstractValidator<RecordLeaveCaseCommand>
{
    public RecordLeaveCaseCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.Reference).MaximumLength(64);
        RuleFor(c => c.ExpectedEndOn).GreaterThanOrEqualTo(c => c.StartedOn).When(c => c.ExpectedEndOn is not null);
        RuleFor(c => c.EndedOn).GreaterThanOrEqualTo(c => c.StartedOn).When(c => c.EndedOn is not null);
    }
}
