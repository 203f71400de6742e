using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.Organisation.Infrastructure.Persistence;

internal sealed class OrganisationDesignTimeDbContextFactory()
    : ModuleDesignTimeDbContextFactory<OrganisationDbContext>(OrganisationDbContext.SchemaName, options => new(options));
