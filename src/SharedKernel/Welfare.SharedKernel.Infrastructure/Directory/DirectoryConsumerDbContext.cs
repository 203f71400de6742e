using Microsoft.EntityFrameworkCore;
using Npgsql;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.Directory;

/// <summary>
/// The context of a module that keeps a copy of the directory: the tables are mapped in its schema, and its use
/// cases read them untracked, so nothing but the directory block ever writes them.
/// </summary>
public abstract class DirectoryConsumerDbContext(DbContextOptions options) : ModuleDbContext(options), IDirectoryReadModel
{
    public IQueryable<DirectoryEmployee> DirectoryEmployees => Set<DirectoryEmployee>().AsNoTracking();

    public IQueryable<DirectoryAssignment> DirectoryAssignments => Set<DirectoryAssignment>().AsNoTracking();

    public IQueryable<DirectoryDepartment> DirectoryDepartments => Set<DirectoryDepartment>().AsNoTracking();

    public IQueryable<DirectoryDepartmentHead> DirectoryDepartmentHeads => Set<DirectoryDepartmentHead>().AsNoTracking();

    public IQueryable<DirectoryGrade> DirectoryGrades => Set<DirectoryGrade>().AsNoTracking();

    public IQueryable<DirectoryGradeChange> DirectoryGradeChanges => Set<DirectoryGradeChange>().AsNoTracking();

    /// <summary>
    /// The directory events Organisation has committed that this copy has not applied: pending rows of its outbox
    /// without this module's inbox row. The platform reads both schemas; no module does.
    /// </summary>
    public async Task<DirectoryLag> LagAsync(CancellationToken cancellationToken)
    {
        var lag = await Database.SqlQueryRaw<LagRow>(
                LagSql,
                new NpgsqlParameter<string[]>("types", DirectorySource.EventTypeNames),
                new NpgsqlParameter<string>("handler", DirectoryBatchHandler.InboxName))
            .SingleAsync(cancellationToken);
        return new DirectoryLag(lag.Pending, lag.Oldest);
    }

    // The schemas are constants of the block and of this module, never input; the values are parameters.
    private string LagSql => $"""
        SELECT count(*) AS "Pending", min(o.occurred_at) AS "Oldest"
        FROM "{DirectorySource.Schema}".outbox_messages o
        WHERE o.processed_at IS NULL AND o.type = ANY(@types)
          AND NOT EXISTS (SELECT 1 FROM "{Schema}".inbox_messages i WHERE i.event_id = o.id AND i.handler = @handler)
        """;

    private sealed record LagRow(long Pending, DateTimeOffset? Oldest);
}
