namespace Welfare.SharedKernel.Application.Auditing;

/// <summary>
/// Records who did what to which record. Entries are stored by the unit of work in the same transaction
/// as the change; when the request fails or is refused, the entries are stored on their own, so that
/// refusals are never lost. Never pass record content: only its type and id.
/// </summary>
public interface IAuditTrail
{
    void Record(string action, string recordType, string recordId, AuditOutcome outcome);

    IReadOnlyList<AuditRecord> Pending { get; }

    void ClearPending();
}

public enum AuditOutcome
{
    [Label("許可", "Allowed")]
    Allowed,
    [Label("拒否", "Denied")]
    Denied,
}

/// <summary>One entry before it is stored; the actor and time are added from the request.</summary>
public sealed record AuditRecord(string Action, string RecordType, string RecordId, AuditOutcome Outcome);
