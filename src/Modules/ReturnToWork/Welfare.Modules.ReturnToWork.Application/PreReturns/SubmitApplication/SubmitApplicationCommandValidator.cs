using FluentValidation;

namespace Welfare.Modules.ReturnToWork.Application.PreReturns.SubmitApplication;

internal sealed class SubmitApplicationCommandValidator : AbstractValidator<SubmitApplicationCommand>
{
    public SubmitApplicationCommandValidator()
    {
        RuleFor(c => c.AttendingPhysicianName).NotEmpty().MaximumLength(100);
        RuleFor(c => c.AttendingPhysicianInstitution).NotEmpty().MaximumLength(200);
        RuleFor(c => c.FamilyName).NotEmpty().MaximumLength(100);
        RuleFor(c => c.FamilyRelationship).NotEmpty().MaximumLength(50);
    }
}
