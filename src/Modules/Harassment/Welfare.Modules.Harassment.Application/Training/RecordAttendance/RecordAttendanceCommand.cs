using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;

namespace Welfare.Modules.Harassment.Application.Training.RecordAttendance;

/// <summary>Adds attendees to a session that has been held; recording someone twice changes nothing.</summary>
public sealed record RecordAttendanceCommand(Guid Id, IReadOnlyList<string> EmployeeIds) : Welfare.SharedKernel.Application.Messaging.ICommand<TrainingSessionDto>;

internal sealed class RecordAttendanceCommandValidator : AbstractValidator<RecordAttendanceCommand>
{
    public RecordAttendanceCommandValidator()
    {
        RuleFor(c => c.EmployeeIds).Cascade(CascadeMode.Stop).NotNull().NotEmpty().Must(ids => ids.Count <= 5000);
        RuleForEach(c => c.EmployeeIds).NotEmpty().MaximumLength(32).When(c => c.EmployeeIds is not null);
    }
}

internal sealed class RecordAttendanceCommandHandler(IHarassmentDbContext db, IAuditTrail audit, TimeProvider clock) : IRequestHandler<RecordAttendanceCommand, TrainingSessionDto>
{
    public async Task<TrainingSessionDto> Handle(RecordAttendanceCommand request, CancellationToken cancellationToken)
    {
        var session = await db.TrainingSessions.SingleOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("HarassmentTrainingSession", request.Id.ToString());
        session.RecordAttendance(request.EmployeeIds.Select(e => e.Trim()), clock.Today());
        audit.Record("harassment.training.attendance", "HarassmentTrainingSession", session.Id.ToString(), AuditOutcome.Allowed);
        return TrainingSessionDto.Of(session);
    }
}
