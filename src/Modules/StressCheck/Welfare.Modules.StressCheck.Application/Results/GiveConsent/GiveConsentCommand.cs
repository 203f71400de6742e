using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.StressCheck.Application.Results.GiveConsent;

/// <summary>The caller consents to give their result to the employer, within the campaign's consent scope. Only after notification.</summary>
public sealed record GiveConsentCommand(Guid CampaignId) : ICommand<ConsentDto>;
