using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Welfare.SharedKernel.Infrastructure;

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the Host or reaching a database.</summary>
internal sealed class PeerSupportDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PeerSupportDbContext>
{
    public PeerSupportDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PeerSupportDbContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("WELFARE_DESIGN_CONNECTION") ?? "Host=localhost;Database=welfare",
                npgsql => npgsql.MigrationsHistoryTable(PlatformServiceCollectionExtensions.MigrationsHistoryTable, PeerSupportDbContext.SchemaName))
            .Options);
}
