using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Interviews.GetInterview;

/// <summary>One employee's interview as far as the caller may see it (record: implementer only; opinion: also department head and welfare officers).</summary>
public sealed record GetInterviewQuery(Guid CampaignId, string EmployeeId) : IQuery<InterviewDto>;
