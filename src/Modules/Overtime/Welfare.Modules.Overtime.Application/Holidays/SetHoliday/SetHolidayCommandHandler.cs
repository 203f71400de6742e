using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.WorkingTime;

namespace Welfare.Modules.Overtime.Application.Holidays.SetHoliday;

internal sealed class SetHolidayCommandHandler(IOvertimeDbContext db) : IRequestHandler<SetHolidayCommand, HolidayDto?>
{
    public async Task<HolidayDto?> Handle(SetHolidayCommand request, CancellationToken cancellationToken)
    {
        var holiday = await db.Holidays.SingleOrDefaultAsync(h => h.Date == request.Date, cancellationToken);
        if (request.Name is null)
        {
            if (holiday is not null)
            {
                db.Holidays.Remove(holiday);
            }

            return null;
        }

        if (holiday is null)
        {
            holiday = new Holiday(request.Date, request.Name);
            db.Holidays.Add(holiday);
        }
        else
        {
            holiday.Rename(request.Name);
        }

        return new HolidayDto(holiday.Date, holiday.Name);
    }
}
