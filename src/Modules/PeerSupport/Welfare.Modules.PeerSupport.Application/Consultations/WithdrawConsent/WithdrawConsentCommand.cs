using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.WithdrawConsent;

/// <summary>The consent is withdrawn: recorded by the supporter, or by the subject employee themselves.</summary>
public sealed record WithdrawConsentCommand(Guid ConsultationId, Guid ConsentId) : ICommand<ConsultationConsentDto>;
