using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Interviews.RecommendInterview;

/// <summary>The implementer recommends an interview to a high-stress employee who has not asked (art. 15).</summary>
public sealed record RecommendInterviewCommand(Guid CampaignId, string EmployeeId) : ICommand<InterviewDto>;
