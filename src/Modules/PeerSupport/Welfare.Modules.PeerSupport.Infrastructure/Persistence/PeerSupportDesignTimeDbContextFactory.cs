using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence;

internal sealed class PeerSupportDesignTimeDbContextFactory()
    : ModuleDesignTimeDbContextFactory<PeerSupportDbContext>(PeerSupportDbContext.SchemaName, options => new(options));
