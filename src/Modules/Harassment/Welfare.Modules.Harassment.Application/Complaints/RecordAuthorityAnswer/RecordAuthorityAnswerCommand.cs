using FluentValidation;
using MediatR;

namespace Welfare.Modules.Harassment.Application.Complaints.RecordAuthorityAnswer;

/// <summary>Records the other authority's answer (what it investigated and did), closing the tracked request.</summary>
public sealed record RecordAuthorityAnswerCommand(Guid Id, Guid RequestId, DateOnly? AnsweredOn, string Answer) : Welfare.SharedKernel.Application.Messaging.ICommand<AuthorityRequestDto>;

internal sealed class RecordAuthorityAnswerCommandValidator : AbstractValidator<RecordAuthorityAnswerCommand>
{
    public RecordAuthorityAnswerCommandValidator() => RuleFor(c => c.Answer).NotEmpty().MaximumLength(IntakeFactsValidator.TextLength);
}

internal sealed class RecordAuthorityAnswerCommandHandler(ComplaintAccess access, TimeProvider clock) : IRequestHandler<RecordAuthorityAnswerCommand, AuthorityRequestDto>
{
    public async Task<AuthorityRequestDto> Handle(RecordAuthorityAnswerCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.authority.answer", cancellationToken);
        return AuthorityRequestDto.Of(complaint.RecordAuthorityAnswer(request.RequestId, request.AnsweredOn ?? Welfare.SharedKernel.JapanTime.Today(clock), request.Answer));
    }
}
