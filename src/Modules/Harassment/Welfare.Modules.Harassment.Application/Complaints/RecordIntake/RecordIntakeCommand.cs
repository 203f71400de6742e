using FluentValidation;
using MediatR;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.RecordIntake;

/// <summary>An assigned counsellor records what the complainant said (別紙第2 第2-2); each call appends a version until one is confirmed.</summary>
public sealed record RecordIntakeCommand(Guid Id, IntakeFactsDto Facts) : Welfare.SharedKernel.Application.Messaging.ICommand<IntakeVersionDto>;

internal sealed class RecordIntakeCommandValidator : AbstractValidator<RecordIntakeCommand>
{
    public RecordIntakeCommandValidator() => RuleFor(c => c.Facts).Cascade(CascadeMode.Stop).NotNull().SetValidator(new IntakeFactsValidator());
}

internal sealed class RecordIntakeCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordIntakeCommand, IntakeVersionDto>
{
    public async Task<IntakeVersionDto> Handle(RecordIntakeCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.intake.record", cancellationToken);
        return IntakeVersionDto.Of(complaint.RecordIntake(request.Facts.ToFacts(), user.Id, clock.GetUtcNow()));
    }
}
