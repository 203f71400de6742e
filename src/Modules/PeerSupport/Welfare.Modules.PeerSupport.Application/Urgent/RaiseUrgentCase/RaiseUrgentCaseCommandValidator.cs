using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Urgent.RaiseUrgentCase;

internal sealed class RaiseUrgentCaseCommandValidator : AbstractValidator<RaiseUrgentCaseCommand>
{
    public RaiseUrgentCaseCommandValidator() => RuleFor(c => c.Kind).IsInEnum();
}
