using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Schedules;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Application.Schedules.GetWorkSchedule;

internal sealed class GetWorkScheduleQueryHandler(IOvertimeDbContext db, EmployeeAccess access, TimeProvider clock) : IRequestHandler<GetWorkScheduleQuery, WorkScheduleDto>
{
    public async Task<WorkScheduleDto> Handle(GetWorkScheduleQuery request, CancellationToken cancellationToken)
    {
        var on = request.On ?? clock.Today();
        await access.LoadAsync(request.EmployeeId, on, toChange: false, "schedule.read", "WorkSchedule", cancellationToken);
        var schedule = await db.WorkSchedules.AsNoTracking()
            .Where(s => s.EmployeeId == request.EmployeeId && s.From <= on).OrderByDescending(s => s.From).FirstOrDefaultAsync(cancellationToken);
        if (schedule is null)
        {
            var d = WorkSchedule.Default;
            return new WorkScheduleDto(request.EmployeeId, null, d.Start, d.End, d.BreakStart, d.BreakEnd, (d.End - d.Start - (d.BreakEnd - d.BreakStart)).TotalHours, true);
        }

        return new WorkScheduleDto(schedule.EmployeeId, schedule.From, schedule.Start, schedule.End, schedule.BreakStart, schedule.BreakEnd, schedule.DailyHours.TotalHours, false);
    }
}
