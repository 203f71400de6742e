using FluentValidation;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Overtime.Application.WorkingTime.RecordWorkingTime;

internal sealed class RecordWorkingTimeCommandValidator : AbstractValidator<RecordWorkingTimeCommand>
{
    public RecordWorkingTimeCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Source).IsInEnum();
        RuleFor(c => c.ExternalId).NotEmpty().MaximumLength(64).When(c => c.Source != RecordSource.SelfReport)
            .WithMessage("'{PropertyName}': an objective record carries the attendance system's id.").DependsOnOtherFields();
        RuleFor(c => c.ExternalId).Null().When(c => c.Source == RecordSource.SelfReport)
            .WithMessage("'{PropertyName}': a self-report has no external id.").DependsOnOtherFields();
        RuleFor(c => c.WorkDate).NotEmpty();
    }
}
