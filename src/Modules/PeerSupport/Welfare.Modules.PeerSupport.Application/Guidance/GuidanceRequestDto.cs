using Welfare.Modules.PeerSupport.Domain.Consultations;

namespace Welfare.Modules.PeerSupport.Application.Guidance;

/// <summary>
/// A request for guidance. The coordinator sees only what the supporter shared; <c>ConsultationId</c> is
/// shown to the requesting supporter only.
/// </summary>
public sealed record GuidanceRequestDto(Guid Id, Guid? ConsultationId, string SupporterId, string CoordinatorId, string SharedDetails, DateTimeOffset RequestedAt, string? Advice, DateTimeOffset? AdvisedAt)
{
    internal static GuidanceRequestDto For(GuidanceRequest g, string viewerId) =>
        new(g.Id, g.SupporterId == viewerId ? g.ConsultationId : null, g.SupporterId, g.CoordinatorId, g.SharedDetails, g.RequestedAt, g.Advice, g.AdvisedAt);
}
