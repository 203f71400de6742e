using FluentValidation;
using MediatR;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.CorrectIntake;

/// <summary>A correction after read-back (第2-2(5)): a new version with the note of what changed; the confirmed version stays.</summary>
public sealed record CorrectIntakeCommand(Guid Id, IntakeFactsDto Facts, string CorrectionNote) : Welfare.SharedKernel.Application.Messaging.ICommand<IntakeVersionDto>;

internal sealed class CorrectIntakeCommandValidator : AbstractValidator<CorrectIntakeCommand>
{
    public CorrectIntakeCommandValidator()
    {
        RuleFor(c => c.Facts).Cascade(CascadeMode.Stop).NotNull().SetValidator(new IntakeFactsValidator());
        RuleFor(c => c.CorrectionNote).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class CorrectIntakeCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<CorrectIntakeCommand, IntakeVersionDto>
{
    public async Task<IntakeVersionDto> Handle(CorrectIntakeCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.intake.correct", cancellationToken);
        return IntakeVersionDto.Of(complaint.CorrectIntake(request.Facts.ToFacts(), request.CorrectionNote, user.Id, clock.GetUtcNow()));
    }
}
