using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Holidays.SetHoliday;

/// <summary>Makes a date a day off (public holiday, year-end) for the employer; all work on it counts as overtime. Name null removes it.</summary>
public sealed record SetHolidayCommand(DateOnly Date, string? Name) : ICommand<HolidayDto?>;

public sealed record HolidayDto(DateOnly Date, string Name);
