using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.RecordSuperiorContact;

/// <summary>The supporter contacted the subject's superior (only with consent), or urged the subject to speak to them.</summary>
public sealed record RecordSuperiorContactCommand(Guid ConsultationId, SuperiorContactKind Kind, DateOnly? On) : ICommand<SuperiorContactDto>;
