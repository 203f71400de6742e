using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Welfare.SharedKernel.Infrastructure.Auditing;
using Welfare.SharedKernel.Infrastructure.Modules;

namespace Welfare.SharedKernel.Infrastructure.Persistence;

public static class DatabaseMigrator
{
    /// <summary>
    /// Applies every module's migrations, the audit schema first (module contexts write into it).
    /// Used by scripts/run.sh and the tests; production applies the generated scripts instead.
    /// </summary>
    public static async Task MigrateWelfareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var modules = scope.ServiceProvider.GetRequiredService<ModuleCatalog>().Modules
            .OrderBy(m => m.DbContextType == typeof(AuditDbContext) ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.Ordinal);
        foreach (var module in modules)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            // Creating the history table first spares a fresh database EF's logged "failed command"
            // while it probes for a table that is not there yet.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
