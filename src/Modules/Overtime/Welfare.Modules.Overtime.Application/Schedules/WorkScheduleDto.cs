namespace Welfare.Modules.Overtime.Application.Schedules;

/// <summary>An employee's working day on a date; <see cref="IsDefault"/> when none was set for them.</summary>
public sealed record WorkScheduleDto(string EmployeeId, DateOnly? From, TimeOnly Start, TimeOnly End, TimeOnly BreakStart, TimeOnly BreakEnd, double DailyHours, bool IsDefault);
