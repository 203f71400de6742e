using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Modules.ReturnToWork.Application;
using Welfare.Modules.ReturnToWork.Application.PreReturns;
using Welfare.Modules.ReturnToWork.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure;
using Welfare.SharedKernel.Infrastructure.Directory;

namespace Welfare.Modules.ReturnToWork.Infrastructure;

public static class ReturnToWorkModuleRegistration
{
    public const string ModuleName = "ReturnToWork";

    public static IServiceCollection AddModuleReturnToWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWelfareModule<ReturnToWorkDbContext>(
            configuration,
            ModuleName,
            ReturnToWorkDbContext.SchemaName,
            typeof(IReturnToWorkModule).Assembly,
            typeof(ReturnToWorkModuleRegistration).Assembly);
        services.AddScoped<IReturnToWorkModule, ReturnToWorkModule>();
        services.AddScoped<IReturnToWorkDbContext>(sp => sp.GetRequiredService<ReturnToWorkDbContext>());
        services.AddDirectory<ReturnToWorkDbContext>();
        services.AddScoped<PreReturnAccess>();
        services.AddScoped<PreReturnViews>();
        services.AddScoped<PlanFactory>();
        services.AddSingleton(configuration.GetSection(ReturnToWorkSettings.Section).Get<ReturnToWorkSettings>() ?? new ReturnToWorkSettings());
        return services;
    }
}
