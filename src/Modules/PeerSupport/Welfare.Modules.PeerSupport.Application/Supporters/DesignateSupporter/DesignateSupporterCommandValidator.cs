using FluentValidation;

namespace Welfare.Modules.PeerSupport.Application.Supporters.DesignateSupporter;

internal sealed class DesignateSupporterCommandValidator : AbstractValidator<DesignateSupporterCommand>
{
    public DesignateSupporterCommandValidator()
    {
        RuleFor(c => c.EmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Contact).NotEmpty().MaximumLength(200);
    }
}
