using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.ReturnToWork.Infrastructure.Persistence;

internal sealed class ReturnToWorkDesignTimeDbContextFactory()
    : ModuleDesignTimeDbContextFactory<ReturnToWorkDbContext>(ReturnToWorkDbContext.SchemaName, options => new(options));
