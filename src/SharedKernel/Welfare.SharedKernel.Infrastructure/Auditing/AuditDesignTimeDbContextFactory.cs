using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Welfare.SharedKernel.Infrastructure.Auditing;

/// <summary>Lets <c>dotnet ef</c> build the audit model without starting the Host or reaching a database.</summary>
internal sealed class AuditDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AuditDbContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("WELFARE_DESIGN_CONNECTION") ?? "Host=localhost;Database=welfare",
                npgsql => npgsql.MigrationsHistoryTable(PlatformServiceCollectionExtensions.MigrationsHistoryTable, AuditDbContext.SchemaName))
            .Options);
}
