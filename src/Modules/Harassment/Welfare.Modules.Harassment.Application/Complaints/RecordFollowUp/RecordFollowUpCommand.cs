using FluentValidation;
using MediatR;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.RecordFollowUp;

/// <summary>The result of a check against retaliation (第3条); adverse treatment found is then reported as a linked complaint.</summary>
public sealed record RecordFollowUpCommand(Guid Id, Guid CheckId, DateOnly? CheckedOn, bool AdverseTreatmentFound, string? Note)
    : Welfare.SharedKernel.Application.Messaging.ICommand<FollowUpCheckDto>;

internal sealed class RecordFollowUpCommandValidator : AbstractValidator<RecordFollowUpCommand>
{
    public RecordFollowUpCommandValidator() => RuleFor(c => c.Note).MaximumLength(IntakeFactsValidator.TextLength);
}

internal sealed class RecordFollowUpCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordFollowUpCommand, FollowUpCheckDto>
{
    public async Task<FollowUpCheckDto> Handle(RecordFollowUpCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.follow-up.record", cancellationToken);
        return FollowUpCheckDto.Of(complaint.RecordFollowUp(request.CheckId, request.CheckedOn ?? clock.Today(), request.AdverseTreatmentFound, request.Note, user.Id));
    }
}
