using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application;
using Welfare.Modules.Overtime.Domain.Analyses;
using Welfare.Modules.Overtime.Domain.Caps;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Evaluations;
using Welfare.Modules.Overtime.Domain.Holidays;
using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.Modules.Overtime.Domain.Orders;
using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.Modules.Overtime.Domain.Schedules;
using Welfare.Modules.Overtime.Domain.WorkingTime;
using Welfare.SharedKernel.Infrastructure.Persistence;

using Welfare.SharedKernel.Infrastructure.Directory;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

internal sealed class OvertimeDbContext(DbContextOptions<OvertimeDbContext> options) : DirectoryConsumerDbContext(options), IOvertimeDbContext
{
    public const string SchemaName = "overtime";

    public override string Schema => SchemaName;

    public DbSet<OvertimeRuleSet> RuleSets => Set<OvertimeRuleSet>();

    public DbSet<OtherDrivenDesignation> Designations => Set<OtherDrivenDesignation>();




    public DbSet<WorkSchedule> WorkSchedules => Set<WorkSchedule>();

    public DbSet<WorkingTimeRecord> Records => Set<WorkingTimeRecord>();

    public DbSet<WorkingTimeCorrection> Corrections => Set<WorkingTimeCorrection>();

    public DbSet<RecordImport> RecordImports => Set<RecordImport>();

    public DbSet<DailyOvertime> Days => Set<DailyOvertime>();

    public DbSet<MonthlyOvertime> Months => Set<MonthlyOvertime>();

    public DbSet<Holiday> Holidays => Set<Holiday>();

    public DbSet<NationalHoliday> NationalHolidays => Set<NationalHoliday>();

    public DbSet<OvertimeOrder> Orders => Set<OvertimeOrder>();

    public DbSet<ExcessAnalysis> ExcessAnalyses => Set<ExcessAnalysis>();

    public DbSet<RestIntervalExemption> RestIntervalExemptions => Set<RestIntervalExemption>();

    public DbSet<PersonalCap> PersonalCaps => Set<PersonalCap>();

    public DbSet<MonthClose> MonthCloses => Set<MonthClose>();

    public DbSet<ClosedEvaluation> ClosedEvaluations => Set<ClosedEvaluation>();

    public DbSet<LongHoursInterview> LongHoursInterviews => Set<LongHoursInterview>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OvertimeDbContext).Assembly);
}
