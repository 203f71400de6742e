using Welfare.Modules.Overtime.Domain.Holidays;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Holidays.SetHoliday;

/// <summary>Makes a date a day off of the employer (year-end, prefecture day); all work on it counts as overtime. Name null removes it.</summary>
public sealed record SetHolidayCommand(DateOnly Date, string? Name) : ICommand<HolidayDto?>;

/// <summary>A day off besides weekends; an English name only where the law gives one.</summary>
public sealed record HolidayDto(DateOnly Date, string Name, string? EnglishName, HolidaySource Source);
