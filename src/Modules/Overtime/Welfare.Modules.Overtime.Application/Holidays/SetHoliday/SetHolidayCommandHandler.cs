using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain;
using Welfare.Modules.Overtime.Domain.Holidays;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel;

namespace Welfare.Modules.Overtime.Application.Holidays.SetHoliday;

internal sealed class SetHolidayCommandHandler(IOvertimeDbContext db) : IRequestHandler<SetHolidayCommand, HolidayDto?>
{
    public async Task<HolidayDto?> Handle(SetHolidayCommand request, CancellationToken cancellationToken)
    {
        // The employer's calendar has no working-day entries, so removing a national holiday would answer 204
        // and change nothing; renaming it would hide the law's name. Both are refused instead.
        if (await db.NationalHolidays.AsNoTracking().SingleOrDefaultAsync(h => h.Date == request.Date, cancellationToken) is { } national)
        {
            throw new BusinessRuleViolationException(OvertimeProblems.NationalHoliday, new LocalizedText(
                $"{request.Date:yyyy-MM-dd} は国民の祝日・休日({national.Name})です。名前の変更や勤務日への変更はできません。",
                $"{request.Date:yyyy-MM-dd} is a national holiday ({national.EnglishName}); it cannot be renamed or made a working day."));
        }

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

        return new HolidayDto(holiday.Date, holiday.Name, null, HolidaySource.Employer);
    }
}
