using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Modules.Harassment.Application;
using Welfare.Modules.Harassment.Application.Complaints;
using Welfare.Modules.Harassment.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure;
using Welfare.SharedKernel.Infrastructure.Directory;

namespace Welfare.Modules.Harassment.Infrastructure;

public static class HarassmentModuleRegistration
{
    public const string ModuleName = "Harassment";

    public static IServiceCollection AddModuleHarassment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWelfareModule<HarassmentDbContext>(
            configuration,
            ModuleName,
            HarassmentDbContext.SchemaName,
            typeof(IHarassmentModule).Assembly,
            typeof(HarassmentModuleRegistration).Assembly,
            QuerySplittingBehavior.SplitQuery); // a complaint loads its ten parts together
        services.AddScoped<IHarassmentModule, HarassmentModule>();
        services.AddScoped<IHarassmentDbContext>(sp => sp.GetRequiredService<HarassmentDbContext>());
        services.AddDirectory<HarassmentDbContext>();
        services.AddScoped<CounselorRegistry>();
        services.AddScoped<ComplaintAccess>();
        return services;
    }
}
