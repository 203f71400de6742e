using FluentValidation;
using MediatR;
using Welfare.Modules.Harassment.Domain.Complaints;

namespace Welfare.Modules.Harassment.Application.Complaints.ChooseHandling;

/// <summary>Records how the case is handled after the intake: hearing the respondent, or (minor, not urgent) the supervisor's observation and guidance (第2-3(1)).</summary>
public sealed record ChooseHandlingCommand(Guid Id, HandlingChoice Choice, string Reason) : Welfare.SharedKernel.Application.Messaging.ICommand<ComplaintDto>;

internal sealed class ChooseHandlingCommandValidator : AbstractValidator<ChooseHandlingCommand>
{
    public ChooseHandlingCommandValidator()
    {
        RuleFor(c => c.Choice).IsInEnum();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class ChooseHandlingCommandHandler(ComplaintAccess access) : IRequestHandler<ChooseHandlingCommand, ComplaintDto>
{
    public async Task<ComplaintDto> Handle(ChooseHandlingCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.handling.choose", cancellationToken);
        complaint.ChooseHandling(request.Choice, request.Reason);
        return ComplaintDto.Full(complaint);
    }
}
