using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.Harassment.Infrastructure.Persistence;

internal sealed class HarassmentDbContext(DbContextOptions<HarassmentDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "harassment";

    public override string Schema => SchemaName;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HarassmentDbContext).Assembly);
}
