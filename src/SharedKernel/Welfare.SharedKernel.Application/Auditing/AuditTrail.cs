namespace Welfare.SharedKernel.Application.Auditing;

/// <summary>The request-scoped buffer behind <see cref="IAuditTrail"/>.</summary>
public sealed class AuditTrail : IAuditTrail
{
    private readonly List<AuditRecord> _pending = [];

    public IReadOnlyList<AuditRecord> Pending => _pending;

    public void Record(string action, string recordType, string recordId, AuditOutcome outcome)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordType);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordId);
        _pending.Add(new AuditRecord(action, recordType, recordId, outcome));
    }

    public void ClearPending() => _pending.Clear();
}
