using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.RecordConsent;

/// <summary>The recording supporter records the subject's consent: to what (purpose and scope in words) and when given (default today).</summary>
public sealed record RecordConsentCommand(Guid ConsultationId, ConsentPurpose Purpose, string Scope, DateOnly? GivenOn) : ICommand<ConsultationConsentDto>;
