using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Urgent.RecordUrgentAction;

internal sealed class RecordUrgentActionCommandValidator : AbstractValidator<RecordUrgentActionCommand>
{
    public RecordUrgentActionCommandValidator() => RuleFor(c => c.Action).NotEmpty().MaximumLength(5000);
}
