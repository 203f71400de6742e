using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Schedules.SetWorkSchedule;

/// <summary>Sets the employee's working day from a date (the head of their department, or the scheme's officers).</summary>
public sealed record SetWorkScheduleCommand(string EmployeeId, DateOnly From, TimeOnly Start, TimeOnly End, TimeOnly BreakStart, TimeOnly BreakEnd)
    : ICommand<WorkScheduleDto>;
