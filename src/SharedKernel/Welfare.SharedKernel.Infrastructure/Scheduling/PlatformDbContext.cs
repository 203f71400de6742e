using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.Scheduling;

/// <summary>
/// Owns the <c>platform</c> schema: the host's own bookkeeping that belongs to no module (scheduled job runs).
/// Kept apart from the audit schema, whose one table is append-only.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "platform";

    public override string Schema => SchemaName;

    protected override bool HasOutboxAndInbox => false;

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<JobRun>(b =>
        {
            b.ToTable("job_runs");
            b.HasKey(r => new { r.Job, r.Period });
            b.Property(r => r.Job).HasMaxLength(64);
            b.Property(r => r.Period).HasMaxLength(16);
            b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Host).HasMaxLength(128);
            b.Property(r => r.LastError).HasMaxLength(256);
        });
    }
}

internal sealed class PlatformDesignTimeDbContextFactory()
    : ModuleDesignTimeDbContextFactory<PlatformDbContext>(PlatformDbContext.SchemaName, options => new(options));
