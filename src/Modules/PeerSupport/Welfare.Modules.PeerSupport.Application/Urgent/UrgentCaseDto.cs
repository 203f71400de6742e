using Welfare.Modules.PeerSupport.Domain.Consultations;

namespace Welfare.Modules.PeerSupport.Application.Urgent;

/// <summary>An urgent case on the alert list: no subject, no content; the supporter to call, and whether the action is overdue.</summary>
public sealed record UrgentCaseDto(Guid ConsultationId, string SupporterId, string DepartmentCode, UrgencyKind Kind, DateTimeOffset RaisedAt, DateTimeOffset ActionDueAt,
    DateTimeOffset? ActionRecordedAt, bool Overdue)
{
    internal static UrgentCaseDto From(Consultation c, DateTimeOffset now) =>
        new(c.Id, c.SupporterId, c.DepartmentCode, c.Urgency!.Value, c.UrgentRaisedAt!.Value, c.UrgentActionDueAt!.Value, c.UrgentActionAt,
            c.UrgentActionAt is null && c.UrgentActionDueAt < now);
}
