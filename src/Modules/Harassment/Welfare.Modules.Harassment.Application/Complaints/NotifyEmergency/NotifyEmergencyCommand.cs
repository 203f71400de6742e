using FluentValidation;
using MediatR;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.Modules.Harassment.IntegrationEvents;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.IntegrationEvents;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.NotifyEmergency;

/// <summary>
/// An emergency (possible self-harm, a serious situation): the counsellors tell the personnel division even if
/// the complainant objects, and the notice records that they did (第2-6 / 第3-2(1)). The personnel officer may
/// then read the record; the path is audited on its own and listed for the welfare officer (ids and dates only).
/// </summary>
public sealed record NotifyEmergencyCommand(Guid Id, EmergencyReason Reason, bool ComplainantObjected, DateOnly? NotifiedOn, string Note)
    : Welfare.SharedKernel.Application.Messaging.ICommand<EmergencyNoticeDto>;

internal sealed class NotifyEmergencyCommandValidator : AbstractValidator<NotifyEmergencyCommand>
{
    public NotifyEmergencyCommandValidator()
    {
        RuleFor(c => c.Reason).IsInEnum();
        RuleFor(c => c.Note).NotEmpty().MaximumLength(IntakeFactsValidator.TextLength);
    }
}

internal sealed class NotifyEmergencyCommandHandler(ComplaintAccess access, ICurrentUser user, IAuditTrail audit, IOutbox outbox, TimeProvider clock)
    : IRequestHandler<NotifyEmergencyCommand, EmergencyNoticeDto>
{
    public async Task<EmergencyNoticeDto> Handle(NotifyEmergencyCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.emergency.notify", cancellationToken);
        var now = clock.GetUtcNow();
        var n = complaint.NotifyEmergency(Guid.CreateVersion7(now), request.Reason, request.ComplainantObjected, request.NotifiedOn ?? clock.Today(), request.Note, user.Id, now);
        audit.Record("harassment.emergency.notice", "HarassmentEmergencyNotice", n.Id.ToString(), AuditOutcome.Allowed);
        outbox.Add(new HarassmentEmergencyNotifiedIntegrationEvent(Guid.CreateVersion7(now), now, complaint.Id, n.Id, n.NotifiedOn, n.ComplainantObjected));
        return new EmergencyNoticeDto(n.Id, n.Reason, n.ComplainantObjected, n.NotifiedOn, n.Note, n.RecordedBy, n.RecordedAt);
    }
}
