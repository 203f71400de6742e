using FluentValidation;

namespace Welfare.Modules.Harassment.Application.Complaints;

internal sealed class IntakeFactsValidator : AbstractValidator<IntakeFactsDto>
{
    public const int TextLength = 4000;

    public IntakeFactsValidator()
    {
        RuleFor(f => f.Urgency).IsInEnum();
        RuleFor(f => f.ComplainantState).NotEmpty().MaximumLength(TextLength);
        RuleFor(f => f.Relationship).NotEmpty().MaximumLength(TextLength);
        RuleFor(f => f.WhenOccurred).NotEmpty().MaximumLength(TextLength);
        RuleFor(f => f.WhereOccurred).NotEmpty().MaximumLength(TextLength);
        RuleFor(f => f.HowOccurred).NotEmpty().MaximumLength(TextLength);
        RuleFor(f => f.ComplainantResponse).NotEmpty().MaximumLength(TextLength);
        RuleFor(f => f.WishNote).MaximumLength(TextLength);
        RuleFor(f => f.SupervisorConsultationNote).MaximumLength(TextLength);
        RuleFor(f => f.Witnesses).MaximumLength(TextLength);
        RuleFor(f => f).Must(f => f.WantsFutureConductStopped || f.WantsRemedyForPastConduct || !string.IsNullOrWhiteSpace(f.WishNote))
            .OverridePropertyName("wish").WithMessage("What the complainant wants: stop future conduct, remedy for past conduct, or a note.");
    }
}
