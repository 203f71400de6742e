using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Modules.Overtime.Application;
using Welfare.Modules.Overtime.Application.Analyses;
using Welfare.Modules.Overtime.Application.Interviews;
using Welfare.Modules.Overtime.Application.Limits;
using Welfare.Modules.Overtime.Application.Statistics;
using Welfare.Modules.Overtime.Application.WorkingTime;
using Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;
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
        services.AddScoped<EmployeeAccess>();
        services.AddScoped<LimitsCalculator>();
        services.AddScoped<LimitsReader>();
        services.AddScoped<ExcessAnalyses>();
        services.AddScoped<ExcessAnalysisAccess>();
        services.AddScoped<LongHoursInterviewAccess>();
        services.AddScoped<OvertimeStatistics>();
        services.AddScoped<OvertimeTotals>();
        services.AddScoped<IRecordImporter, RecordImporter>();
        services.AddScoped<IOvertimeTotals>(sp => sp.GetRequiredService<OvertimeTotals>());
        services.AddHostedService<OvertimeTotalsRefreshService>();
        return services;
    }
}
