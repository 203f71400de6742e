using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application.Holidays.SetHoliday;
using Welfare.Modules.Overtime.Domain.Holidays;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Holidays.GetHolidays;

internal sealed class GetHolidaysQueryHandler(IOvertimeDbContext db) : IRequestHandler<GetHolidaysQuery, PagedList<HolidayDto>>
{
    public async Task<PagedList<HolidayDto>> Handle(GetHolidaysQuery request, CancellationToken cancellationToken)
    {
        // The same two tables overtime.refresh_totals reads, so the list shows exactly the days the totals treat as off.
        // An employer's row on a national holiday (typed in before the law's days were built in) adds nothing: the law's entry stands.
        var national = db.NationalHolidays.AsNoTracking()
            .Select(h => new Row { Date = h.Date, Name = h.Name, EnglishName = h.EnglishName, National = true });
        var employer = db.Holidays.AsNoTracking()
            .Where(h => !db.NationalHolidays.Any(n => n.Date == h.Date))
            .Select(h => new Row { Date = h.Date, Name = h.Name, EnglishName = null, National = false });
        var days = national.Concat(employer);
        if (request.Year is { } year)
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            days = days.Where(d => d.Date >= from && d.Date <= to);
        }

        return (await days.OrderBy(d => d.Date).ToPagedListAsync(request.Paging, cancellationToken))
            .Map(d => new HolidayDto(d.Date, d.Name, d.EnglishName, d.National ? HolidaySource.National : HolidaySource.Employer));
    }

    private sealed class Row
    {
        public DateOnly Date { get; init; }

        public required string Name { get; init; }

        public string? EnglishName { get; init; }

        public bool National { get; init; }
    }
}
