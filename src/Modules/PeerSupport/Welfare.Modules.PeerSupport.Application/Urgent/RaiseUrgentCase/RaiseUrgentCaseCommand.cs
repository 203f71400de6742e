using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Urgent.RaiseUrgentCase;

/// <summary>The recording supporter marks the consultation as involving a possible crime or danger to life or body (第4-2(2)キ).</summary>
public sealed record RaiseUrgentCaseCommand(Guid ConsultationId, UrgencyKind Kind) : ICommand<UrgentCaseDto>;
