using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Infrastructure.Directory;

namespace Welfare.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// Base of every module's context: its own schema, its outbox and inbox, and the shared audit table
/// (mapped but not migrated here), so a change, its events and its audit entries commit together.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    public const string AuditSchema = "audit";
    public const string AuditTable = "audit_entries";

    /// <summary>Per entity type, the relationship that makes its rows parts of a versioned aggregate (null: none).</summary>
    private static readonly ConcurrentDictionary<IReadOnlyEntityType, IReadOnlyForeignKey?> Links = new();

    /// <summary>Per model, whether any versioned aggregate of it has parts in rows of their own.</summary>
    private static readonly ConcurrentDictionary<IModel, bool> WithParts = new();

    /// <summary>The PostgreSQL schema that holds this module's tables and its migrations history.</summary>
    public abstract string Schema { get; }

    /// <summary>Only the audit context creates the audit table; modules write into it.</summary>
    protected virtual bool OwnsAuditTable => false;

    /// <summary>The audit context publishes nothing and consumes nothing.</summary>
    protected virtual bool HasOutboxAndInbox => true;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);

        if (HasOutboxAndInbox)
        {
            modelBuilder.Entity<OutboxMessage>(b =>
            {
                b.ToTable("outbox_messages");
                b.HasKey(m => m.Id);
                b.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
                b.Property(m => m.Type).HasColumnName("type").HasMaxLength(512);
                b.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
                b.Property(m => m.OccurredAt).HasColumnName("occurred_at");
                b.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
                b.Property(m => m.ProcessedAt).HasColumnName("processed_at");
                b.Property(m => m.Attempts).HasColumnName("attempts");
                b.Property(m => m.LastError).HasColumnName("last_error").HasMaxLength(2000);
                b.Property(m => m.Position).HasColumnName("position").UseIdentityByDefaultColumn();
                b.Property(m => m.OrderingKey).HasColumnName("ordering_key").HasMaxLength(OutboxMessage.OrderingKeyMaxLength);
                // The relay only ever looks for pending rows, in publication order ...
                b.HasIndex(m => m.Position)
                    .HasDatabaseName("ix_outbox_messages_pending")
                    .HasFilter("processed_at IS NULL")
                    .IncludeProperties(m => m.NextAttemptAt);
                // ... and, for a row with a key, for an earlier pending row of the same key that holds it back.
                b.HasIndex(m => new { m.OrderingKey, m.Position })
                    .HasDatabaseName("ix_outbox_messages_pending_key")
                    .HasFilter("processed_at IS NULL AND ordering_key IS NOT NULL")
                    .IncludeProperties(m => m.NextAttemptAt);
            });

            modelBuilder.Entity<InboxMessage>(b =>
            {
                b.ToTable("inbox_messages");
                b.HasKey(m => new { m.EventId, m.Handler });
                b.Property(m => m.EventId).HasColumnName("event_id");
                b.Property(m => m.Handler).HasColumnName("handler").HasMaxLength(512);
                b.Property(m => m.ProcessedAt).HasColumnName("processed_at");
            });
        }
        else
        {
            modelBuilder.Ignore<OutboxMessage>();
            modelBuilder.Ignore<InboxMessage>();
        }

        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable(AuditTable, AuditSchema, t =>
            {
                if (!OwnsAuditTable)
                {
                    t.ExcludeFromMigrations();
                }
            });
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
            b.Property(e => e.OccurredAt).HasColumnName("occurred_at");
            b.Property(e => e.Module).HasColumnName("module").HasMaxLength(64);
            b.Property(e => e.ActorId).HasColumnName("actor_id").HasMaxLength(64);
            b.Property(e => e.ActorRoles).HasColumnName("actor_roles");
            b.Property(e => e.Action).HasColumnName("action").HasMaxLength(128);
            b.Property(e => e.RecordType).HasColumnName("record_type").HasMaxLength(128);
            b.Property(e => e.RecordId).HasColumnName("record_id").HasMaxLength(128);
            b.Property(e => e.Outcome).HasColumnName("outcome").HasMaxLength(16);
            b.Property(e => e.TraceId).HasColumnName("trace_id").HasMaxLength(64);
            b.HasIndex(e => e.OccurredAt).HasDatabaseName("ix_audit_entries_occurred_at");
            b.HasIndex(e => new { e.RecordType, e.RecordId }).HasDatabaseName("ix_audit_entries_record");
            b.HasIndex(e => e.ActorId).HasDatabaseName("ix_audit_entries_actor");
        });

        if (this is IDirectoryReadModel)
        {
            modelBuilder.MapDirectory();
        }

        ConfigureModule(modelBuilder);
        MapRowVersions(modelBuilder);
        ApplySnakeCaseNames(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveAsync(acceptAllChangesOnSuccess, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAsync(acceptAllChangesOnSuccess, async: true, cancellationToken).AsTask();

    private async ValueTask<int> SaveAsync(bool acceptAllChangesOnSuccess, bool async, CancellationToken cancellationToken)
    {
        if (!WithParts.GetOrAdd(Model, model => model.GetEntityTypes().Any(t => PartOf(t) is not null)))
        {
            return async ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken) : base.SaveChanges(acceptAllChangesOnSuccess);
        }

        // One pass of change detection serves both: the changed parts are found after it, and writing an
        // aggregate's row is marked explicitly.
        ChangeTracker.DetectChanges();
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await TouchChangedAggregatesAsync(async, cancellationToken);
            return async ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken) : base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// An aggregate several people edit (<see cref="IVersioned"/>) carries PostgreSQL's row version (xmin) as a
    /// concurrency token: every UPDATE of its row checks the version it was loaded with (docs/adr/0011).
    /// </summary>
    private static void MapRowVersions(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && typeof(IVersioned).IsAssignableFrom(e.ClrType)).ToList())
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).HasColumnName("xmin").IsRowVersion();
        }
    }

    /// <summary>
    /// The row version is the aggregate's own row's: when only a part changed (a row the aggregate navigates
    /// to or owns), the aggregate's row is written as well, so that its version moves and a concurrent change
    /// of another part conflicts instead of slipping past the check.
    /// </summary>
    private async ValueTask TouchChangedAggregatesAsync(bool async, CancellationToken cancellationToken)
    {
        var parts = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not IVersioned && PartOf(e.Metadata) is not null)
            .ToList();
        foreach (var part in parts)
        {
            var aggregate = await AggregateOfAsync(part, async, cancellationToken);
            if (aggregate is { State: EntityState.Unchanged })
            {
                aggregate.Property(TouchedProperty(aggregate.Metadata)).IsModified = true;
            }
        }
    }

    private async ValueTask<EntityEntry?> AggregateOfAsync(EntityEntry part, bool async, CancellationToken cancellationToken)
    {
        var entry = part;
        for (var depth = 0; depth <= 4 && PartOf(entry.Metadata) is { } link; depth++)
        {
            var key = link.Properties
                .Select(p => entry.State == EntityState.Deleted ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue)
                .ToArray();
            if (key.Any(k => k is null))
            {
                return null;
            }

            // Usually tracked (the aggregate was loaded to change its part); otherwise it is loaded here.
            var type = link.PrincipalEntityType.ClrType;
            var principal = async ? await FindAsync(type, key, cancellationToken) : Find(type, key);
            if (principal is null)
            {
                return null;
            }

            entry = Entry(principal);
            if (principal is IVersioned)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The relationship through which a versioned aggregate holds rows of this type (its navigation or ownership), if any.</summary>
    private static IReadOnlyForeignKey? PartOf(IReadOnlyEntityType type) => Links.GetOrAdd(type, t => LinkOf(t, depth: 0));

    // Aggregates are shallow; the bound only keeps a cycle of navigations from recursing for ever.
    private static IReadOnlyForeignKey? LinkOf(IReadOnlyEntityType type, int depth) =>
        depth > 4 ? null : type.GetForeignKeys().FirstOrDefault(fk =>
            (fk.IsOwnership || fk.PrincipalToDependent is not null) && fk.PrincipalEntityType != type
            && (typeof(IVersioned).IsAssignableFrom(fk.PrincipalEntityType.ClrType) || LinkOf(fk.PrincipalEntityType, depth + 1) is not null));

    private static string TouchedProperty(IEntityType type) =>
        type.GetProperties().First(p => !p.IsPrimaryKey() && !p.IsConcurrencyToken && p.ValueGenerated == ValueGenerated.Never).Name;

    /// <summary>
    /// PostgreSQL folds unquoted names to lower case; snake_case tables and columns let people query
    /// the database by hand without quoting. Names set explicitly are kept.
    /// </summary>
    private static void ApplySnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            if (entity.GetTableName() is { } table && table == entity.GetDefaultTableName())
            {
                entity.SetTableName(SnakeCase(table));
            }

            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName() == property.GetDefaultColumnName())
                {
                    property.SetColumnName(SnakeCase(property.GetDefaultColumnName()));
                }
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The module's own entities.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);
}
