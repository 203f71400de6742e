using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Modules.Overtime.Application;
using Welfare.Modules.Overtime.Application.Interviews;
using Welfare.Modules.Overtime.Application.Schedules;
using Welfare.Modules.Overtime.Application.Statistics;
using Welfare.Modules.Overtime.Application.WorkingTime;
using Welfare.Modules.Overtime.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure;

namespace Welfare.Modules.Overtime.Infrastructure;

public static class OvertimeModuleRegistration
{
    public const string ModuleName = "Overtime";

    public static IServiceCollection AddModuleOvertime(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWelfareModule<OvertimeDbContext>(
            configuration,
            ModuleName,
            OvertimeDbContext.SchemaName,
            typeof(IOvertimeModule).Assembly,
            typeof(OvertimeModuleRegistration).Assembly);
        services.AddScoped<IOvertimeModule, OvertimeModule>();
        services.AddScoped<IOvertimeDbContext>(sp => sp.GetRequiredService<OvertimeDbContext>());
        services.AddScoped<ScheduleAccess>();
        services.AddScoped<LongHoursInterviewAccess>();
        services.AddScoped<OvertimeStatistics>();
        services.AddScoped<OvertimeTotals>();
        services.AddScoped<IOvertimeTotals>(sp => sp.GetRequiredService<OvertimeTotals>());
        services.AddHostedService<OvertimeTotalsRefreshService>();
        return services;
    }
}
