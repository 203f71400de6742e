using FluentValidation;
using MediatR;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Harassment.Application.Complaints.AssignCounselors;

/// <summary>
/// The welfare officer (roles.md: counsellors assigned to a complaint) or an assigned counsellor sets who
/// handles a complaint. The same rules as at intake; the answer carries the assignment only, never content.
/// </summary>
public sealed record AssignCounselorsCommand(Guid Id, IReadOnlyList<string> CounselorIds, string? SingleCounselorReason)
    : Welfare.SharedKernel.Application.Messaging.ICommand<ComplaintAssignmentDto>;

internal sealed class AssignCounselorsCommandValidator : AbstractValidator<AssignCounselorsCommand>
{
    public AssignCounselorsCommandValidator()
    {
        RuleFor(c => c.CounselorIds).NotNull();
        RuleForEach(c => c.CounselorIds).NotEmpty().MaximumLength(32).When(c => c.CounselorIds is not null);
        RuleFor(c => c.SingleCounselorReason).MaximumLength(1000);
    }
}

internal sealed class AssignCounselorsCommandHandler(ComplaintAccess access, CounselorRegistry counselors, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<AssignCounselorsCommand, ComplaintAssignmentDto>
{
    public async Task<ComplaintAssignmentDto> Handle(AssignCounselorsCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.AssignAsync(request.Id, "harassment.complaint.assign", cancellationToken);
        complaint.Assign(request.CounselorIds, request.SingleCounselorReason, await counselors.ActiveAsync(cancellationToken), user.Id, clock.GetUtcNow());
        return new ComplaintAssignmentDto(complaint.Id, complaint.ActiveCounselorIds.Order().ToList(), complaint.RequestedSexUnavailable, complaint.SingleCounselorReason);
    }
}
