using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Interviews.RecommendInterview;

/// <summary>The welfare officer recommends the interview to the employee (勧奨); may be repeated, the latest time is kept.</summary>
public sealed record RecommendInterviewCommand(Guid Id) : ICommand<LongHoursInterviewDto>;
