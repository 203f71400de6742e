using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Analyses;
using Welfare.Modules.Overtime.Domain.Caps;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.SharedKernel.Application.Directory;
using Welfare.Modules.Overtime.Domain.Evaluations;
using Welfare.Modules.Overtime.Domain.Holidays;
using Welfare.Modules.Overtime.Domain.Interviews;
using Welfare.Modules.Overtime.Domain.Orders;
using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.Modules.Overtime.Domain.Schedules;
using Welfare.Modules.Overtime.Domain.WorkingTime;

namespace Welfare.Modules.Overtime.Application;

/// <summary>The module's tables as the use cases see them; the unit of work saves.</summary>
internal interface IOvertimeDbContext : IDirectoryReadModel
{
    DbSet<OvertimeRuleSet> RuleSets { get; }

    DbSet<OtherDrivenDesignation> Designations { get; }

    DbSet<WorkSchedule> WorkSchedules { get; }

    DbSet<WorkingTimeRecord> Records { get; }

    DbSet<WorkingTimeCorrection> Corrections { get; }

    DbSet<RecordImport> RecordImports { get; }

    DbSet<DailyOvertime> Days { get; }

    DbSet<MonthlyOvertime> Months { get; }

    DbSet<Holiday> Holidays { get; }

    /// <summary>Read only: migrations keep it equal to NationalHolidayRules.</summary>
    DbSet<NationalHoliday> NationalHolidays { get; }

    DbSet<OvertimeOrder> Orders { get; }

    DbSet<ExcessAnalysis> ExcessAnalyses { get; }

    DbSet<RestIntervalExemption> RestIntervalExemptions { get; }

    DbSet<PersonalCap> PersonalCaps { get; }

    DbSet<MonthClose> MonthCloses { get; }

    DbSet<ClosedEvaluation> ClosedEvaluations { get; }

    DbSet<LongHoursInterview> LongHoursInterviews { get; }
}
