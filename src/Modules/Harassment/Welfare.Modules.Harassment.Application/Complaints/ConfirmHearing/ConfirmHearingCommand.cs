using FluentValidation;
using MediatR;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.ConfirmHearing;

/// <summary>The person heard confirmed this version of the hearing record (第2-3(3)).</summary>
public sealed record ConfirmHearingCommand(Guid Id, Guid HearingId, int Version, ConfirmationMethod Method) : Welfare.SharedKernel.Application.Messaging.ICommand<HearingDto>;

internal sealed class ConfirmHearingCommandValidator : AbstractValidator<ConfirmHearingCommand>
{
    public ConfirmHearingCommandValidator()
    {
        RuleFor(c => c.Version).GreaterThan(0);
        RuleFor(c => c.Method).IsInEnum();
    }
}

internal sealed class ConfirmHearingCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<ConfirmHearingCommand, HearingDto>
{
    public async Task<HearingDto> Handle(ConfirmHearingCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.hearing.confirm", cancellationToken);
        complaint.ConfirmHearing(request.HearingId, request.Version, request.Method, user.Id, clock.GetUtcNow());
        return HearingDto.Of(complaint.Hearings.Where(h => h.HearingId == request.HearingId)).Single();
    }
}
