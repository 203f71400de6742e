using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.Auditing;

internal sealed class AuditDesignTimeDbContextFactory()
    : ModuleDesignTimeDbContextFactory<AuditDbContext>(AuditDbContext.SchemaName, options => new(options));
