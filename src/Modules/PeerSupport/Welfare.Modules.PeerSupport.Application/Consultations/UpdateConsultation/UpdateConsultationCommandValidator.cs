using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Consultations.UpdateConsultation;

internal sealed class UpdateConsultationCommandValidator : AbstractValidator<UpdateConsultationCommand>
{
    public UpdateConsultationCommandValidator()
    {
        RuleFor(c => c.Category).IsInEnum();
        RuleFor(c => c.Outcome).IsInEnum();
        RuleFor(c => c.Content).NotEmpty().MaximumLength(10000);
    }
}
