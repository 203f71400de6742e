using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Interviews.ScheduleInterview;

/// <summary>The welfare officer sets the physician and the date (again to reschedule); an on-request case needs the employee's request first (422).</summary>
public sealed record ScheduleInterviewCommand(Guid Id, string PhysicianId, DateOnly ScheduledOn) : ICommand<LongHoursInterviewDto>;
