using MediatR;
using Welfare.Modules.Overtime.Domain;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.WorkingTime.CorrectWorkingDay;

internal sealed class CorrectWorkingDayCommandHandler(IOvertimeDbContext db, EmployeeAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CorrectWorkingDayCommand, WorkingTimeCorrectionDto>
{
    public async Task<WorkingTimeCorrectionDto> Handle(CorrectWorkingDayCommand request, CancellationToken cancellationToken)
    {
        await access.LoadAsync(request.EmployeeId, request.WorkDate, toChange: true, "working-time.correct", "WorkingDay", cancellationToken);
        if (request.WorkDate > clock.Today())
        {
            throw new BusinessRuleViolationException(OvertimeProblems.CorrectionInTheFuture);
        }

        var now = clock.GetUtcNow();
        var correction = new WorkingTimeCorrection(Guid.CreateVersion7(now), request.EmployeeId, request.WorkDate, request.StartedAt, request.EndedAt, request.Reason, user.Id, now);
        db.Corrections.Add(correction);
        return new WorkingTimeCorrectionDto(correction.Id, correction.EmployeeId, correction.WorkDate, correction.StartedAt, correction.EndedAt, correction.Reason,
            correction.CorrectedBy, correction.CorrectedAt);
    }
}
