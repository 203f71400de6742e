namespace Welfare.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// One row of the append-only audit trail (schema <c>audit</c>). Every module context maps the table so
/// the entry is written in the module's own transaction; only <see cref="Auditing.AuditDbContext"/> migrates it.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public required string Module { get; init; }

    public required string ActorId { get; init; }

    public required string[] ActorRoles { get; init; }

    public required string Action { get; init; }

    public required string RecordType { get; init; }

    public required string RecordId { get; init; }

    public required string Outcome { get; init; }

    public string? TraceId { get; init; }
}
