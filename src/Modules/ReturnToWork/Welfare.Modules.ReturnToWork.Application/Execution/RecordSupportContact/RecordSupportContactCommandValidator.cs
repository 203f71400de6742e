using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.Execution.RecordSupportContact;

internal sealed class RecordSupportContactCommandValidator : AbstractValidator<RecordSupportContactCommand>
{
    public RecordSupportContactCommandValidator()
    {
        RuleFor(c => c.Party).IsInEnum();
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(2000);
    }
}
