using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.Auditing;

/// <summary>Owns the audit schema and its migrations; serves the auditor's searches.</summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = AuditSchema;

    public override string Schema => SchemaName;

    protected override bool OwnsAuditTable => true;

    protected override bool HasOutboxAndInbox => false;

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
    }
}
