using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

internal sealed class OvertimeDbContext(DbContextOptions<OvertimeDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "overtime";

    public override string Schema => SchemaName;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OvertimeDbContext).Assembly);
}
