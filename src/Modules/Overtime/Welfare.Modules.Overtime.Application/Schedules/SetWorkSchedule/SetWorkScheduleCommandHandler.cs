using MediatR;
using Welfare.Modules.Overtime.Domain.Schedules;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Schedules.SetWorkSchedule;

internal sealed class SetWorkScheduleCommandHandler(IOvertimeDbContext db, EmployeeAccess access, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SetWorkScheduleCommand, WorkScheduleDto>
{
    public async Task<WorkScheduleDto> Handle(SetWorkScheduleCommand request, CancellationToken cancellationToken)
    {
        await access.LoadAsync(request.EmployeeId, request.From, toChange: true, "schedule.set", "WorkSchedule", cancellationToken);
        var now = clock.GetUtcNow();
        var schedule = new WorkSchedule(Guid.CreateVersion7(now), request.EmployeeId, request.From, request.Start, request.End, request.BreakStart, request.BreakEnd, user.Id, now);
        db.WorkSchedules.Add(schedule);
        return new WorkScheduleDto(schedule.EmployeeId, schedule.From, schedule.Start, schedule.End, schedule.BreakStart, schedule.BreakEnd, schedule.DailyHours.TotalHours, false);
    }
}
