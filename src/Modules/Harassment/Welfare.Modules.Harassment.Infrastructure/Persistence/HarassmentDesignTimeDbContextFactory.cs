using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.Harassment.Infrastructure.Persistence;

internal sealed class HarassmentDesignTimeDbContextFactory()
    : ModuleDesignTimeDbContextFactory<HarassmentDbContext>(HarassmentDbContext.SchemaName, options => new(options));
