using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Interviews.RecordInterview;

/// <summary>The implementer records the interview (art. 19: date, the three findings; employee and physician are the ids).</summary>
public sealed record RecordInterviewCommand(
    Guid CampaignId, string EmployeeId, DateOnly HeldOn, string WorkSituation, string PsychologicalBurden, string OtherHealthState) : ICommand<InterviewDto>;
