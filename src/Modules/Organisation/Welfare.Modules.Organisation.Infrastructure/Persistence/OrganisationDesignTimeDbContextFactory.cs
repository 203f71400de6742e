using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Welfare.SharedKernel.Infrastructure;

namespace Welfare.Modules.Organisation.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the Host or reaching a database.</summary>
internal sealed class OrganisationDesignTimeDbContextFactory : IDesignTimeDbContextFactory<OrganisationDbContext>
{
    public OrganisationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OrganisationDbContext>()
            .UseNpgsql(
                Environment.GetEnvironmentVariable("WELFARE_DESIGN_CONNECTION") ?? "Host=localhost;Database=welfare",
                npgsql => npgsql.MigrationsHistoryTable(PlatformServiceCollectionExtensions.MigrationsHistoryTable, OrganisationDbContext.SchemaName))
            .Options);
}
