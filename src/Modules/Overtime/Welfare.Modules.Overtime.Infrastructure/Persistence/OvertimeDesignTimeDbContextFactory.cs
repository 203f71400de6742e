using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Welfare.SharedKernel.Infrastructure;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the Host or reaching a database.</summary>
internal sealed class OvertimeDesignTimeDbContextFactory : IDesignTimeDbContextFactory<OvertimeDbContext>
{
    public OvertimeDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OvertimeDbContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("WELFARE_DESIGN_CONNECTION") ?? "Host=localhost;Database=welfare",
                npgsql => npgsql.MigrationsHistoryTable(PlatformServiceCollectionExtensions.MigrationsHistoryTable, OvertimeDbContext.SchemaName))
            .Options);
}
