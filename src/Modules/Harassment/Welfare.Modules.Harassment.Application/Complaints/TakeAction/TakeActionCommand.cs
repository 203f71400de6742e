using FluentValidation;
using MediatR;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.TakeAction;

/// <summary>
/// Records a response of 別紙第2 第3 once the intake is confirmed: supervisor's guidance, a direct warning,
/// advice to the complainant, mediation, or referral to the personnel division (with the complainant's consent;
/// the personnel officer may then read the record).
/// </summary>
public sealed record TakeActionCommand(Guid Id, ComplaintActionType Type, DateOnly TakenOn, string Note, bool ComplainantConsented)
    : Welfare.SharedKernel.Application.Messaging.ICommand<ComplaintActionDto>;

internal sealed class TakeActionCommandValidator : AbstractValidator<TakeActionCommand>
{
    public TakeActionCommandValidator()
    {
        RuleFor(c => c.Type).IsInEnum();
        RuleFor(c => c.TakenOn).NotEmpty();
        RuleFor(c => c.Note).NotEmpty().MaximumLength(IntakeFactsValidator.TextLength);
    }
}

internal sealed class TakeActionCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<TakeActionCommand, ComplaintActionDto>
{
    public async Task<ComplaintActionDto> Handle(TakeActionCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.action.take", cancellationToken);
        var now = clock.GetUtcNow();
        var a = complaint.TakeAction(Guid.CreateVersion7(now), request.Type, request.TakenOn, request.Note, request.ComplainantConsented, user.Id, now);
        return new ComplaintActionDto(a.Id, a.Type, a.TakenOn, a.Note, a.ComplainantConsented, a.RecordedBy, a.RecordedAt);
    }
}
