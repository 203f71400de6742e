using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Welfare.Modules.Overtime.Application;
using Welfare.Modules.Overtime.Application.Analyses;
using Welfare.Modules.Overtime.Application.Interviews;
using Welfare.Modules.Overtime.Application.Interviews.EvaluateMonth;
using Welfare.Modules.Overtime.Application.Limits;
using Welfare.Modules.Overtime.Application.Limits.CloseMonth;
using Welfare.Modules.Overtime.Application.Statistics;
using Welfare.Modules.Overtime.Application.WorkingTime;
using Welfare.Modules.Overtime.Application.WorkingTime.ImportRecords;
using Welfare.Modules.Overtime.Infrastructure.Persistence;
using Welfare.SharedKernel.Infrastructure;
using Welfare.SharedKernel.Infrastructure.Directory;
using Welfare.SharedKernel.Infrastructure.Scheduling;

namespace Welfare.Modules.Overtime.Infrastructure;

public static class OvertimeModuleRegistration
{
    public const string ModuleName = "Overtime";

    public const string InterviewEvaluationJob = "OvertimeInterviewEvaluation";

    public const string MonthCloseJob = "OvertimeMonthClose";

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
        services.AddDirectory<OvertimeDbContext>();
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

        // Each month's run handles the month before. The evaluation waits two days past the default reference
        // day (the 1st) for late time cards and is idempotent; the close, which freezes the month, waits longer.
        services.AddWelfareJob(InterviewEvaluationJob, "monthly 3 02:00", period =>
        {
            var month = period.Start.AddMonths(-1);
            return new EvaluateMonthCommand(month.Year, month.Month);
        });
        services.AddWelfareJob(MonthCloseJob, "monthly 10 02:30", period =>
        {
            var month = period.Start.AddMonths(-1);
            return new CloseMonthCommand(month.Year, month.Month);
        });
        return services;
    }
}
