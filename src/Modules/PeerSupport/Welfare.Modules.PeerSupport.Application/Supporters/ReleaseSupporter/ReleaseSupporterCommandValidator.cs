using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Supporters.ReleaseSupporter;

internal sealed class ReleaseSupporterCommandValidator : AbstractValidator<ReleaseSupporterCommand>
{
    public ReleaseSupporterCommandValidator() => RuleFor(c => c.Reason).MaximumLength(1000);
}
