using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Holidays.SetHoliday;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Holidays.GetHolidays;

internal sealed class GetHolidaysQueryHandler(IOvertimeDbContext db) : IRequestHandler<GetHolidaysQuery, PagedList<HolidayDto>>
{
    public async Task<PagedList<HolidayDto>> Handle(GetHolidaysQuery request, CancellationToken cancellationToken)
    {
        var holidays = db.Holidays.AsNoTracking();
        if (request.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            holidays = holidays.Where(h => h.Date >= from && h.Date <= to);
        }

        return (await holidays.OrderBy(h => h.Date).ToPagedListAsync(request.Paging, cancellationToken)).Map(h => new HolidayDto(h.Date, h.Name));
    }
}
