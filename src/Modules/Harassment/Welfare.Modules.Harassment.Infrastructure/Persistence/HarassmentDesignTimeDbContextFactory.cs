using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Welfare.SharedKernel.Infrastructure;

namespace Welfare.Modules.Harassment.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the Host or reaching a database.</summary>
internal sealed class HarassmentDesignTimeDbContextFactory : IDesignTimeDbContextFactory<HarassmentDbContext>
{
    public HarassmentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HarassmentDbContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("WELFARE_DESIGN_CONNECTION") ?? "Host=localhost;Database=welfare",
                npgsql => npgsql.MigrationsHistoryTable(PlatformServiceCollectionExtensions.MigrationsHistoryTable, HarassmentDbContext.SchemaName))
            .Options);
}
