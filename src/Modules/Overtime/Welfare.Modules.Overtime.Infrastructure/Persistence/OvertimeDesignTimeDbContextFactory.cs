using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

internal sealed class OvertimeDesignTimeDbContextFactory()
    : ModuleDesignTimeDbContextFactory<OvertimeDbContext>(OvertimeDbContext.SchemaName, options => new(options));
