using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Schedules.GetWorkSchedule;

/// <summary>The employee's working day on <see cref="On"/> (default today).</summary>
public sealed record GetWorkScheduleQuery(string EmployeeId, DateOnly? On) : IQuery<WorkScheduleDto>;
