using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Consultations.Refer;

/// <summary>
/// The recording supporter refers the matter to an external counsellor or a division, only with the
/// subject's recorded consent; for a paid counsellor <c>CostExplained</c> must be true.
/// </summary>
public sealed record ReferCommand(Guid ConsultationId, ReferralTarget Target, Guid? ExternalCounselorId, string? DivisionName, bool CostExplained, DateOnly? ReferredOn)
    : ICommand<ReferralDto>;
