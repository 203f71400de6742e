using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Welfare.SharedKernel.Infrastructure;

namespace Welfare.Modules.ReturnToWork.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the Host or reaching a database.</summary>
internal sealed class ReturnToWorkDesignTimeDbContextFactory : IDesignTimeDbContextFactory<ReturnToWorkDbContext>
{
    public ReturnToWorkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ReturnToWorkDbContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("WELFARE_DESIGN_CONNECTION") ?? "Host=localhost;Database=welfare",
                npgsql => npgsql.MigrationsHistoryTable(PlatformServiceCollectionExtensions.MigrationsHistoryTable, ReturnToWorkDbContext.SchemaName))
            .Options);
}
