using Welfare.Modules.Overtime.Application.Holidays.SetHoliday;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Holidays.GetHolidays;

/// <summary>The employer's days off besides weekends in a calendar year.</summary>
public sealed record GetHolidaysQuery(int Year) : IQuery<IReadOnlyList<HolidayDto>>;
