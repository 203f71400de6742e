using FluentValidation;
using MediatR;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.CorrectHearing;

/// <summary>Appends a version of a hearing record (a redraft or a correction after confirmation); earlier versions stay.</summary>
public sealed record CorrectHearingCommand(Guid Id, Guid HearingId, string Account, string? Explanation, bool DisputesFacts, string CorrectionNote)
    : Welfare.SharedKernel.Application.Messaging.ICommand<HearingDto>;

internal sealed class CorrectHearingCommandValidator : AbstractValidator<CorrectHearingCommand>
{
    public CorrectHearingCommandValidator()
    {
        RuleFor(c => c.Account).NotEmpty().MaximumLength(IntakeFactsValidator.TextLength);
        RuleFor(c => c.Explanation).MaximumLength(IntakeFactsValidator.TextLength);
        RuleFor(c => c.CorrectionNote).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class CorrectHearingCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<CorrectHearingCommand, HearingDto>
{
    public async Task<HearingDto> Handle(CorrectHearingCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.hearing.correct", cancellationToken);
        complaint.CorrectHearing(request.HearingId, request.Account, request.Explanation, request.DisputesFacts, request.CorrectionNote, user.Id, clock.GetUtcNow());
        return HearingDto.Of(complaint.Hearings.Where(h => h.HearingId == request.HearingId)).Single();
    }
}
