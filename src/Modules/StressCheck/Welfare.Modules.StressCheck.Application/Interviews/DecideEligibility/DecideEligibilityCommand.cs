using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Interviews.DecideEligibility;

/// <summary>The implementer confirms (or not) that a requesting employee is eligible for an interview (art. 13(3)).</summary>
public sealed record DecideEligibilityCommand(Guid CampaignId, string EmployeeId, bool Eligible, string? Note) : ICommand<InterviewDto>;
