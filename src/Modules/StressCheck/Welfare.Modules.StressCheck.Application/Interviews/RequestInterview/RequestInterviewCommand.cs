using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Interviews.RequestInterview;

/// <summary>The caller asks for an interview with the implementer (Form 3), after reading their result.</summary>
public sealed record RequestInterviewCommand(Guid CampaignId) : ICommand<InterviewDto>;
