using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Welfare.SharedKernel.Infrastructure.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> build a module's model without starting the Host or reaching a database
/// (WELFARE_DESIGN_CONNECTION is used only by commands that do connect).
/// </summary>
public abstract class ModuleDesignTimeDbContextFactory<TContext>(string schema, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        create(new DbContextOptionsBuilder<TContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("WELFARE_DESIGN_CONNECTION") ?? "Host=localhost;Database=welfare",
                npgsql => npgsql.MigrationsHistoryTable(PlatformServiceCollectionExtensions.MigrationsHistoryTable, schema))
            .Options);
}
