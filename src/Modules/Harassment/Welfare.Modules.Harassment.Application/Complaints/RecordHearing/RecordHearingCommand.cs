using FluentValidation;
using MediatR;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.RecordHearing;

/// <summary>
/// A hearing of the respondent (with the chance to explain, 第2-3) or of a third party where the parties
/// disagree (第2-4); confirmed with the person heard like the intake.
/// </summary>
public sealed record RecordHearingCommand(Guid Id, HearingKind Kind, string SubjectEmployeeId, DateOnly HeldOn, string Account, bool ExplanationOffered,
    string? Explanation, bool DisputesFacts) : Welfare.SharedKernel.Application.Messaging.ICommand<HearingDto>;

internal sealed class RecordHearingCommandValidator : AbstractValidator<RecordHearingCommand>
{
    public RecordHearingCommandValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.SubjectEmployeeId).NotEmpty().MaximumLength(32);
        RuleFor(c => c.HeldOn).NotEmpty();
        RuleFor(c => c.Account).NotEmpty().MaximumLength(IntakeFactsValidator.TextLength);
        RuleFor(c => c.Explanation).MaximumLength(IntakeFactsValidator.TextLength);
    }
}

internal sealed class RecordHearingCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordHearingCommand, HearingDto>
{
    public async Task<HearingDto> Handle(RecordHearingCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.hearing.record", cancellationToken);
        var now = clock.GetUtcNow();
        var record = complaint.RecordHearing(Guid.CreateVersion7(now), request.Kind, request.SubjectEmployeeId.Trim(), request.HeldOn, request.Account,
            request.ExplanationOffered, request.Explanation, request.DisputesFacts, user.Id, now);
        return HearingDto.Of(complaint.Hearings.Where(h => h.HearingId == record.HearingId)).Single();
    }
}
