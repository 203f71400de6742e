using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.PeerSupport.Application.Guidance.RequestGuidance;

/// <summary>The recording supporter asks a coordinator for guidance, sharing only the details they write here (第4-2(2)カ).</summary>
public sealed record RequestGuidanceCommand(Guid ConsultationId, string CoordinatorId, string SharedDetails) : ICommand<GuidanceRequestDto>;
