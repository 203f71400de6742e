using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Holidays.SetHoliday;

namespace Welfare.Modules.Overtime.Application.Holidays.GetHolidays;

internal sealed class GetHolidaysQueryHandler(IOvertimeDbContext db) : IRequestHandler<GetHolidaysQuery, IReadOnlyList<HolidayDto>>
{
    public async Task<IReadOnlyList<HolidayDto>> Handle(GetHolidaysQuery request, CancellationToken cancellationToken)
    {
        var from = new DateOnly(request.Year, 1, 1);
        var to = new DateOnly(request.Year, 12, 31);
        return await db.Holidays.AsNoTracking().Where(h => h.Date >= from && h.Date <= to).OrderBy(h => h.Date)
            .Select(h => new HolidayDto(h.Date, h.Name)).ToListAsync(cancellationToken);
    }
}
