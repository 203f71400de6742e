using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Welfare.Modules.Overtime.Application.WorkingTime.GetWorkingDays;

internal sealed class GetWorkingDaysQueryHandler(IOvertimeDbContext db, EmployeeAccess access, IOvertimeTotals totals)
    : IRequestHandler<GetWorkingDaysQuery, IReadOnlyList<WorkingDayDto>>
{
    public async Task<IReadOnlyList<WorkingDayDto>> Handle(GetWorkingDaysQuery request, CancellationToken cancellationToken)
    {
        await access.LoadAsync(request.EmployeeId, request.To, toChange: false, "working-time.read", "WorkingDay", cancellationToken);
        await totals.RefreshAsync(cancellationToken);
        var days = await db.Days.AsNoTracking()
            .Where(d => d.EmployeeId == request.EmployeeId && d.WorkDate >= request.From && d.WorkDate <= request.To)
            .OrderBy(d => d.WorkDate).ToListAsync(cancellationToken);
        return [.. days.Select(WorkingDayDto.From)];
    }
}
