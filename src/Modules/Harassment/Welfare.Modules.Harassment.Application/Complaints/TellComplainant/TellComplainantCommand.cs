using FluentValidation;
using MediatR;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.TellComplainant;

/// <summary>Records that the complainant was told what was done (第2-5); the complainant sees these notices.</summary>
public sealed record TellComplainantCommand(Guid Id, DateOnly ToldOn, string Note) : Welfare.SharedKernel.Application.Messaging.ICommand<ComplainantNoticeDto>;

internal sealed class TellComplainantCommandValidator : AbstractValidator<TellComplainantCommand>
{
    public TellComplainantCommandValidator()
    {
        RuleFor(c => c.ToldOn).NotEmpty();
        RuleFor(c => c.Note).NotEmpty().MaximumLength(IntakeFactsValidator.TextLength);
    }
}

internal sealed class TellComplainantCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<TellComplainantCommand, ComplainantNoticeDto>
{
    public async Task<ComplainantNoticeDto> Handle(TellComplainantCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.complainant-notice.record", cancellationToken);
        var now = clock.GetUtcNow();
        var n = complaint.TellComplainant(Guid.CreateVersion7(now), request.ToldOn, request.Note, user.Id, now);
        return new ComplainantNoticeDto(n.Id, n.ToldOn, n.Note, n.RecordedBy, n.RecordedAt);
    }
}
