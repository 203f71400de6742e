using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.ReturnToWork.Infrastructure.Persistence;

internal sealed class ReturnToWorkDbContext(DbContextOptions<ReturnToWorkDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "return_to_work";

    public override string Schema => SchemaName;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReturnToWorkDbContext).Assembly);
}
