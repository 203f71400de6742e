using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Interviews.RequestInterview;

/// <summary>The employee asks for the interview of their own case (needed for on-request tiers; a request counts as showing fatigue). Asking twice changes nothing.</summary>
public sealed record RequestInterviewCommand(Guid Id) : ICommand<LongHoursInterviewDto>;
