using FluentValidation;
using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Overtime.Application.Interviews.RecordNotHeld;

internal sealed class RecordNotHeldCommandValidator : AbstractValidator<RecordNotHeldCommand>
{
    public RecordNotHeldCommandValidator()
    {
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Note).NotEmpty().DependsOnOtherFields().When(c => c.Reason == NotHeldReason.Other);
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}
