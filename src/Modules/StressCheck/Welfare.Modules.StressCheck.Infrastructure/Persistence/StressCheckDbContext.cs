using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.StressCheck.Infrastructure.Persistence;

internal sealed class StressCheckDbContext(DbContextOptions<StressCheckDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "stress_check";

    public override string Schema => SchemaName;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StressCheckDbContext).Assembly);
}
