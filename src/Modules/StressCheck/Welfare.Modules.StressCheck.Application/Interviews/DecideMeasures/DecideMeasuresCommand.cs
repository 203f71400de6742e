using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Interviews.DecideMeasures;

/// <summary>The employer (welfare officer) records the measures decided, with the employee's opinion heard beforehand (art. 18).</summary>
public sealed record DecideMeasuresCommand(Guid CampaignId, string EmployeeId, string Measures, string EmployeeOpinion) : ICommand<InterviewDto>;
