namespace Welfare.Modules.PeerSupport.Domain.Consultations;

/// <summary>
/// A supporter's request for guidance from a coordinator (第4-2(2)カ, 第4-3(2)ア). It carries only the
/// details the supporter chose to share; the coordinator never reads the consultation itself.
/// </summary>
public sealed class GuidanceRequest(Guid id, Guid consultationId, string supporterId, string coordinatorId, string sharedDetails, DateTimeOffset requestedAt)
{
    public Guid Id { get; private set; } = id;

    public Guid ConsultationId { get; private set; } = consultationId;

    public string SupporterId { get; private set; } = supporterId;

    public string CoordinatorId { get; private set; } = coordinatorId;

    public string SharedDetails { get; private set; } = sharedDetails;

    public DateTimeOffset RequestedAt { get; private set; } = requestedAt;

    public string? Advice { get; private set; }

    public DateTimeOffset? AdvisedAt { get; private set; }

    public void Advise(string advice, DateTimeOffset now)
    {
        Advice = advice;
        AdvisedAt = now;
    }
}
