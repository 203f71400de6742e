using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Results.WithdrawConsent;

/// <summary>Withdraws the caller's consent; the employer sees the result no more from now on.</summary>
public sealed record WithdrawConsentCommand(Guid CampaignId) : ICommand<ConsentDto>;
