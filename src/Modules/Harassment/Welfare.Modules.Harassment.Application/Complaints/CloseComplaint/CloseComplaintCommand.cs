using FluentValidation;
using MediatR;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.SharedKernel;

namespace Welfare.Modules.Harassment.Application.Complaints.CloseComplaint;

/// <summary>
/// Closes a complaint with its outcome once the complainant was told what was done; schedules the checks
/// against retaliation (第3条) on the complainant and the third parties heard, at the configured intervals.
/// </summary>
public sealed record CloseComplaintCommand(Guid Id, ComplaintOutcome Outcome, string? Note) : Welfare.SharedKernel.Application.Messaging.ICommand<ComplaintDto>;

internal sealed class CloseComplaintCommandValidator : AbstractValidator<CloseComplaintCommand>
{
    public CloseComplaintCommandValidator()
    {
        RuleFor(c => c.Outcome).IsInEnum();
        RuleFor(c => c.Note).MaximumLength(IntakeFactsValidator.TextLength);
    }
}

internal sealed class CloseComplaintCommandHandler(ComplaintAccess access, IHarassmentDbContext db, TimeProvider clock) : IRequestHandler<CloseComplaintCommand, ComplaintDto>
{
    public async Task<ComplaintDto> Handle(CloseComplaintCommand request, CancellationToken cancellationToken)
    {
        var complaint = await access.ChangeAsync(request.Id, "harassment.complaint.close", cancellationToken);
        var settings = await HarassmentSettingsReader.LoadAsync(db, cancellationToken);
        complaint.Close(request.Outcome, request.Note, clock.Today(), settings.FollowUpDays, clock.GetUtcNow());
        return ComplaintDto.Full(complaint);
    }
}
