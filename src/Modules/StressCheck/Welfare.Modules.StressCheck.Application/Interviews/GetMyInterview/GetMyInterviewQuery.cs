using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Interviews.GetMyInterview;

/// <summary>The caller's own interview: request, record, opinion and decision.</summary>
public sealed record GetMyInterviewQuery(Guid CampaignId) : IQuery<InterviewDto>;
