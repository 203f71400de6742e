using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Welfare.SharedKernel.Infrastructure;

namespace Welfare.Modules.StressCheck.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the Host or reaching a database.</summary>
internal sealed class StressCheckDesignTimeDbContextFactory : IDesignTimeDbContextFactory<StressCheckDbContext>
{
    public StressCheckDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StressCheckDbContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("WELFARE_DESIGN_CONNECTION") ?? "Host=localhost;Database=welfare",
                npgsql => npgsql.MigrationsHistoryTable(PlatformServiceCollectionExtensions.MigrationsHistoryTable, StressCheckDbContext.SchemaName))
            .Options);
}
