using Welfare.Modules.PeerSupport.Domain.Consultations;

namespace Welfare.Modules.PeerSupport.Application.Consultations;

/// <summary>The whole record: for the recording supporter and the subject employee only.</summary>
public sealed record ConsultationDto(
    Guid Id,
    string SupporterId,
    string DepartmentCode,
    SubjectKind SubjectKind,
    string SubjectEmployeeId,
    string? FamilyRelationship,
    ConsultationChannel Channel,
    ConsultationCategory Category,
    DateOnly OpenedOn,
    string Content,
    ConsultationOutcome Outcome,
    UrgencyKind? Urgency,
    DateTimeOffset? UrgentActionDueAt,
    DateTimeOffset? UrgentActionAt,
    string? UrgentAction,
    IReadOnlyList<ConsultationConsentDto> Consents,
    IReadOnlyList<ReferralDto> Referrals,
    IReadOnlyList<SuperiorContactDto> SuperiorContacts,
    DateTimeOffset RecordedAt,
    DateTimeOffset UpdatedAt)
{
    internal static ConsultationDto From(Consultation c) => new(
        c.Id, c.SupporterId, c.DepartmentCode, c.SubjectKind, c.SubjectEmployeeId, c.FamilyRelationship, c.Channel, c.Category, c.OpenedOn, c.Content, c.Outcome,
        c.Urgency, c.UrgentActionDueAt, c.UrgentActionAt, c.UrgentAction,
        c.Consents.OrderBy(x => x.RecordedAt).Select(ConsultationConsentDto.From).ToList(),
        c.Referrals.OrderBy(x => x.RecordedAt).Select(ReferralDto.From).ToList(),
        c.SuperiorContacts.OrderBy(x => x.RecordedAt).Select(SuperiorContactDto.From).ToList(),
        c.RecordedAt, c.UpdatedAt);
}

/// <summary>A line of a list: no content.</summary>
public sealed record ConsultationSummaryDto(Guid Id, SubjectKind SubjectKind, string SubjectEmployeeId, ConsultationChannel Channel, ConsultationCategory Category,
    DateOnly OpenedOn, ConsultationOutcome Outcome, UrgencyKind? Urgency)
{
    internal static ConsultationSummaryDto From(Consultation c) => new(c.Id, c.SubjectKind, c.SubjectEmployeeId, c.Channel, c.Category, c.OpenedOn, c.Outcome, c.Urgency);
}

public sealed record ConsultationConsentDto(Guid Id, ConsentPurpose Purpose, string Scope, DateOnly GivenOn, string RecordedBy, DateTimeOffset RecordedAt, DateTimeOffset? WithdrawnAt)
{
    internal static ConsultationConsentDto From(ConsultationConsent c) => new(c.Id, c.Purpose, c.Scope, c.GivenOn, c.RecordedBy, c.RecordedAt, c.WithdrawnAt);
}

public sealed record ReferralDto(Guid Id, ReferralTarget Target, Guid? ExternalCounselorId, string? DivisionName, bool Paid, bool CostExplained, Guid ConsentId, DateOnly ReferredOn)
{
    internal static ReferralDto From(Referral r) => new(r.Id, r.Target, r.ExternalCounselorId, r.DivisionName, r.Paid, r.CostExplained, r.ConsentId, r.ReferredOn);
}

public sealed record SuperiorContactDto(Guid Id, SuperiorContactKind Kind, Guid? ConsentId, DateOnly On)
{
    internal static SuperiorContactDto From(SuperiorContact s) => new(s.Id, s.Kind, s.ConsentId, s.On);
}
