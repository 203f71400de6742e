using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Supporters.SetNoSupporterReason;

internal sealed class SetNoSupporterReasonCommandValidator : AbstractValidator<SetNoSupporterReasonCommand>
{
    public SetNoSupporterReasonCommandValidator() => RuleFor(c => c.Reason).MaximumLength(1000);
}
