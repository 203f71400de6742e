using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.WorkingTime.GetWorkingDays;

/// <summary>An employee's working days in a period (at most a year): the employee, the head of their department, the scheme's officers.</summary>
public sealed record GetWorkingDaysQuery(string EmployeeId, DateOnly From, DateOnly To) : IQuery<IReadOnlyList<WorkingDayDto>>
{
    /// <summary>The longest period, in days (a leap year and a day): the answer holds at most one entry per day of it.</summary>
    public const int MaxDays = 367;
}
