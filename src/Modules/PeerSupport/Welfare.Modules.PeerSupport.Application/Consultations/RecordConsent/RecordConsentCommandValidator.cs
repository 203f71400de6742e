using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Consultations.RecordConsent;

internal sealed class RecordConsentCommandValidator : AbstractValidator<RecordConsentCommand>
{
    public RecordConsentCommandValidator()
    {
        RuleFor(c => c.Purpose).IsInEnum();
        RuleFor(c => c.Scope).NotEmpty().MaximumLength(500);
    }
}
