using FluentValidation;
using MediatR;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.RequestAuthority;

/// <summary>Records the request to the respondent's appointing authority to investigate and guide them (第5条3); only when the directory shows another authority.</summary>
public sealed record RequestAuthorityCommand(Guid Id, DateOnly? RequestedOn, string Note) : Welfare.SharedKernel.Application.Messaging.ICommand<AuthorityRequestDto>;

internal sealed class RequestAuthorityCommandValidator : AbstractValidator<RequestAuthorityCommand>
{
    public RequestAuthorityCommandValidator() => RuleFor(c => c.Note).NotEmpty().MaximumLength(IntakeFactsValidator.TextLength);
}

internal sealed class RequestAuthorityCommandHandler(ComplaintAccess access, ICurrentUser user, TimeProvider clock) : IRequestHandler<RequestAuthorityCommand, AuthorityRequestDto>
{
    public async Task<AuthorityRequestDto> Handle(RequestAuthorityCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.authority.request", cancellationToken);
        var now = clock.GetUtcNow();
        return AuthorityRequestDto.Of(complaint.RequestAuthority(Guid.CreateVersion7(now), request.RequestedOn ?? clock.Today(), request.Note, user.Id, now));
    }
}
