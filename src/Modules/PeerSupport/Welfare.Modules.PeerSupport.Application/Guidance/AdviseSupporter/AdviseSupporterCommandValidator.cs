using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Guidance.AdviseSupporter;

internal sealed class AdviseSupporterCommandValidator : AbstractValidator<AdviseSupporterCommand>
{
    public AdviseSupporterCommandValidator() => RuleFor(c => c.Advice).NotEmpty().MaximumLength(5000);
}
