namespace Welfare.SharedKernel.Application.Auditing.SearchAuditEntries;

/// <summary>One stored audit entry. It names the record; it never carries the record's content.</summary>
public sealed record AuditEntryDto(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Module,
    string ActorId,
    IReadOnlyList<string> ActorRoles,
    string Action,
    string RecordType,
    string RecordId,
    AuditOutcome Outcome,
    string? TraceId);
