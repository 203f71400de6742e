using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Modules.StressCheck.Application;
using Welfare.Modules.StressCheck.Application.GroupAnalyses;
using Welfare.Modules.StressCheck.Application.Interviews;
using Welfare.Modules.StressCheck.Application.Participation.RequestDueReminders;
using Welfare.Modules.StressCheck.Application.Retention.PurgeExpiredRecords;
using Welfare.Modules.StressCheck.Application.Results;
using Welfare.Modules.StressCheck.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure;
using Welfare.SharedKernel.Infrastructure.Directory;
using Welfare.SharedKernel.Infrastructure.Scheduling;

namespace Welfare.Modules.StressCheck.Infrastructure;

public static class StressCheckModuleRegistration
{
    public const string ModuleName = "StressCheck";

    public const string RetentionPurgeJob = "StressCheckRetentionPurge";

    public const string RemindersJob = "StressCheckReminders";

    public static IServiceCollection AddModuleStressCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddWelfareModule<StressCheckDbContext>(
            configuration,
            ModuleName,
            StressCheckDbContext.SchemaName,
            typeof(IStressCheckModule).Assembly,
            typeof(StressCheckModuleRegistration).Assembly);
        services.AddScoped<IStressCheckModule, StressCheckModule>();
        services.AddScoped<IStressCheckDbContext>(sp => sp.GetRequiredService<StressCheckDbContext>());
        services.AddDirectory<StressCheckDbContext>();
        services.AddScoped<MyResultLoader>();
        services.AddScoped<ResultDisclosure>();
        services.AddScoped<GroupAnalysisCalculator>();
        services.AddScoped<InterviewAccess>();
        services.AddScoped<InterviewViews>();
        services.AddSingleton(configuration.GetSection("StressCheck:JobStressChart").Get<JobStressChartSettings>() ?? new JobStressChartSettings());

        // Records leave on the day their five-year retention ends; targets who have not answered are reminded weekly.
        services.AddWelfareJob(RetentionPurgeJob, "daily 03:00", _ => new PurgeExpiredRecordsCommand(DryRun: false));
        services.AddWelfareJob(RemindersJob, "weekly mon 09:00", _ => new RequestDueRemindersCommand());
        return services;
    }
}
