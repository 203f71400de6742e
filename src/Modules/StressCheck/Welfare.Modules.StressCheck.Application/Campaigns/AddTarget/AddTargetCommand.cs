using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Campaigns.AddTarget;

/// <summary>Adds an employee to an opened campaign individually, with the reason; department and sex come from the directory.</summary>
public sealed record AddTargetCommand(Guid CampaignId, string EmployeeId, string Reason) : ICommand<CampaignDto>;
