using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Coordinators.DesignateCoordinator;

internal sealed class DesignateCoordinatorCommandValidator : AbstractValidator<DesignateCoordinatorCommand>
{
    public DesignateCoordinatorCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Contact).NotEmpty().MaximumLength(200);
    }
}
