using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Results.GetResult;

/// <summary>One employee's result, as far as the caller may see it (404 otherwise, audited).</summary>
public sealed record GetResultQuery(Guid CampaignId, string EmployeeId) : IQuery<DisclosedResultDto>;
