using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Consultations.RecordSuperiorContact;

internal sealed class RecordSuperiorContactCommandValidator : AbstractValidator<RecordSuperiorContactCommand>
{
    public RecordSuperiorContactCommandValidator() => RuleFor(c => c.Kind).IsInEnum();
}
