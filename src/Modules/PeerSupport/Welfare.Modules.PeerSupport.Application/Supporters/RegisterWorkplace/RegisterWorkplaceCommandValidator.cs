using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Supporters.RegisterWorkplace;

internal sealed class RegisterWorkplaceCommandValidator : AbstractValidator<RegisterWorkplaceCommand>
{
    public RegisterWorkplaceCommandValidator()
    {
        RuleFor(c => c.DepartmentCode).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.NoSupporterReason).MaximumLength(1000);
    }
}
