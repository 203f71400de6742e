using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.StressCheck.Infrastructure.Persistence;

internal sealed class StressCheckDesignTimeDbContextFactory()
    : ModuleDesignTimeDbContextFactory<StressCheckDbContext>(StressCheckDbContext.SchemaName, options => new(options));
