using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence;

internal sealed class PeerSupportDbContext(DbContextOptions<PeerSupportDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "peer_support";

    public override string Schema => SchemaName;

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PeerSupportDbContext).Assembly);
}
