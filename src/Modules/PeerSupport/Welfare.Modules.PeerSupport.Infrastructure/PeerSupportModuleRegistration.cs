using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Modules.PeerSupport.Application;
using Welfare.Modules.PeerSupport.Application.Consultations;
using Welfare.Modules.PeerSupport.Application.Supporters;
using Welfare.Modules.PeerSupport.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure;
using Welfare.SharedKernel.Infrastructure.Directory;

namespace Welfare.Modules.PeerSupport.Infrastructure;

public static class PeerSupportModuleRegistration
{
    public const string ModuleName = "PeerSupport";

    public static IServiceCollection AddModulePeerSupport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWelfareModule<PeerSupportDbContext>(
            configuration,
            ModuleName,
            PeerSupportDbContext.SchemaName,
            typeof(IPeerSupportModule).Assembly,
            typeof(PeerSupportModuleRegistration).Assembly,
            QuerySplittingBehavior.SplitQuery); // a consultation loads its consents, referrals and superior contacts together
        services.AddScoped<IPeerSupportModule, PeerSupportModule>();
        services.AddScoped<IPeerSupportDbContext>(sp => sp.GetRequiredService<PeerSupportDbContext>());
        services.AddDirectory<PeerSupportDbContext>();
        services.AddSingleton(configuration.GetSection("PeerSupport").Get<PeerSupportSettings>() ?? new PeerSupportSettings());
        services.AddScoped<PeerSupportAccess>();
        services.AddScoped<ConsultationAccess>();
        services.AddScoped<DesignationPaperwork>();
        return services;
    }
}
