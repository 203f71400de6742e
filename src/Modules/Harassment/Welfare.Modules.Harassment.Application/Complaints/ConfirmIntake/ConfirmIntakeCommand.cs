using FluentValidation;
using MediatR;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.ConfirmIntake;

/// <summary>The complainant confirmed this version, in writing or read back to them (第2-2(5)).</summary>
public sealed record ConfirmIntakeCommand(Guid Id, int Version, ConfirmationMethod Method) : Welfare.SharedKernel.Application.Messaging.ICommand<IntakeVersionDto>;

internal sealed class ConfirmIntakeCommandValidator : AbstractValidator<ConfirmIntakeCommand>
{
    public ConfirmIntakeCommandValidator()
    {
        RuleFor(c => c.Version).GreaterThan(0);
        RuleFor(c => c.Method).IsInEnum();
    }
}

internal sealed class ConfirmIntakeCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<ConfirmIntakeCommand, IntakeVersionDto>
{
    public async Task<IntakeVersionDto> Handle(ConfirmIntakeCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.intake.confirm", cancellationToken);
        return IntakeVersionDto.Of(complaint.ConfirmIntake(request.Version, request.Method, user.Id, clock.GetUtcNow()));
    }
}
