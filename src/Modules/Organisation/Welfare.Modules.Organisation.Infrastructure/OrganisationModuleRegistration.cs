using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Modules.Organisation.Application;
using Welfare.Modules.Organisation.Application.Employees;
using Welfare.Modules.Organisation.Application.Imports.ImportEmployees;
using Welfare.Modules.Organisation.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure;

namespace Welfare.Modules.Organisation.Infrastructure;

public static class OrganisationModuleRegistration
{
    public const string ModuleName = "Organisation";

    public static IServiceCollection AddModuleOrganisation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWelfareModule<OrganisationDbContext>(
            configuration,
            ModuleName,
            OrganisationDbContext.SchemaName,
            typeof(IOrganisationModule).Assembly,
            typeof(OrganisationModuleRegistration).Assembly);
        services.AddScoped<IOrganisationModule, OrganisationModule>();
        services.AddScoped<IOrganisationDbContext>(sp => sp.GetRequiredService<OrganisationDbContext>());
        services.AddScoped<OrganisationEvents>();
        services.AddScoped<EmployeeReadAccess>();
        services.AddScoped<IEmployeeBulkWriter, EmployeeBulkWriter>();
        return services;
    }
}
