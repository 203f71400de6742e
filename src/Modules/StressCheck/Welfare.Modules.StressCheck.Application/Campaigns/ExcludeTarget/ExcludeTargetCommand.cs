using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.ExcludeTarget;

/// <summary>Leaves an employee out of the campaign with the reason recorded (e.g. under treatment, seed 004 art. 10).</summary>
public sealed record ExcludeTargetCommand(Guid CampaignId, string EmployeeId, string Reason) : ICommand<CampaignDto>;
