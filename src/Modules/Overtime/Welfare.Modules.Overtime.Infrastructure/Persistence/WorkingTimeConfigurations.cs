using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.Overtime.Domain.Analyses;
using Welfare.Modules.Overtime.Domain.Caps;
using Welfare.Modules.Overtime.Domain.Evaluations;
using Welfare.Modules.Overtime.Domain.Holidays;
using Welfare.Modules.Overtime.Domain.Limits;
using Welfare.Modules.Overtime.Domain.Orders;
using Welfare.Modules.Overtime.Domain.RestIntervals;
using Welfare.Modules.Overtime.Domain.WorkingTime;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

internal sealed class WorkingTimeRecordConfiguration : IEntityTypeConfiguration<WorkingTimeRecord>
{
    public void Configure(EntityTypeBuilder<WorkingTimeRecord> b)
    {
        b.ToTable("working_time_records");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).UseIdentityAlwaysColumn();
        b.Property(r => r.EmployeeId).HasMaxLength(32);
        b.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.ExternalId).HasMaxLength(64);
        b.Property(r => r.RecordedBy).HasMaxLength(64);
        b.Ignore(r => r.IsObjective);

        // Idempotent imports: an attendance system's record is stored once however often it is sent.
        b.HasIndex(r => new { r.Source, r.ExternalId }).IsUnique().HasFilter("external_id IS NOT NULL");
        b.HasIndex(r => new { r.EmployeeId, r.WorkDate });
    }
}

internal sealed class WorkingTimeCorrectionConfiguration : IEntityTypeConfiguration<WorkingTimeCorrection>
{
    public void Configure(EntityTypeBuilder<WorkingTimeCorrection> b)
    {
        b.ToTable("working_time_corrections");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.EmployeeId).HasMaxLength(32);
        b.Property(c => c.Reason).HasMaxLength(1000);
        b.Property(c => c.CorrectedBy).HasMaxLength(64);
        b.HasIndex(c => new { c.EmployeeId, c.WorkDate, c.CorrectedAt });
    }
}

internal sealed class DailyOvertimeConfiguration : IEntityTypeConfiguration<DailyOvertime>
{
    public void Configure(EntityTypeBuilder<DailyOvertime> b)
    {
        b.ToTable("daily_overtime");
        b.HasKey(d => new { d.EmployeeId, d.WorkDate });
        b.Property(d => d.EmployeeId).HasMaxLength(32);
        b.Property(d => d.DepartmentCode).HasMaxLength(32);
        b.Property(d => d.Basis).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(d => new { d.DepartmentCode, d.WorkDate });
    }
}

internal sealed class MonthlyOvertimeConfiguration : IEntityTypeConfiguration<MonthlyOvertime>
{
    public void Configure(EntityTypeBuilder<MonthlyOvertime> b)
    {
        b.ToTable("monthly_overtime");
        b.HasKey(m => new { m.EmployeeId, m.Year, m.Month });
        b.Property(m => m.EmployeeId).HasMaxLength(32);
        b.Ignore(m => m.OvertimeHours);
        b.Ignore(m => m.WorkedHours);
        b.HasIndex(m => new { m.Year, m.Month });
    }
}

internal sealed class HolidayConfiguration : IEntityTypeConfiguration<Holiday>
{
    public void Configure(EntityTypeBuilder<Holiday> b)
    {
        b.ToTable("holidays");
        b.HasKey(h => h.Date);
        b.Property(h => h.Name).HasMaxLength(100);
    }
}

/// <summary>
/// The national holidays of <see cref="NationalHolidayRules"/> for every year the API accepts, as rows, because
/// overtime.refresh_totals decides working days in the database. Migrations fill them (NationalHolidayRows).
/// </summary>
internal sealed class NationalHolidayConfiguration : IEntityTypeConfiguration<NationalHoliday>
{
    public void Configure(EntityTypeBuilder<NationalHoliday> b)
    {
        b.ToTable("national_holidays");
        b.HasKey(h => h.Date);
        b.Property(h => h.Name).HasMaxLength(100);
        b.Property(h => h.EnglishName).HasMaxLength(100);
    }
}

internal sealed class OvertimeOrderConfiguration : IEntityTypeConfiguration<OvertimeOrder>
{
    public void Configure(EntityTypeBuilder<OvertimeOrder> b)
    {
        b.ToTable("overtime_orders");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.EmployeeId).HasMaxLength(32);
        b.Property(o => o.DepartmentCode).HasMaxLength(32);
        b.Property(o => o.Reason).HasMaxLength(1000);
        b.Property(o => o.SpecialBusiness).HasConversion<string>().HasMaxLength(32);
        b.Property(o => o.OrderedBy).HasMaxLength(64);
        b.Property(o => o.CancelledBy).HasMaxLength(64);
        b.Ignore(o => o.PlannedMinutes);
        b.HasIndex(o => new { o.EmployeeId, o.WorkDate });
        b.HasIndex(o => new { o.DepartmentCode, o.WorkDate });
    }
}

internal sealed class ExcessAnalysisConfiguration : IEntityTypeConfiguration<ExcessAnalysis>
{
    public void Configure(EntityTypeBuilder<ExcessAnalysis> b)
    {
        b.ToTable("excess_analyses");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.EmployeeId).HasMaxLength(32);
        b.Property(a => a.DepartmentCode).HasMaxLength(32);
        b.Property(a => a.Limit).HasMaxLength(32);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.WorkSummary).HasMaxLength(4000);
        b.Property(a => a.WhyUnavoidable).HasMaxLength(4000);
        b.Property(a => a.Analysis).HasMaxLength(4000);
        b.Property(a => a.Countermeasures).HasMaxLength(4000);
        b.Property(a => a.AnalysedBy).HasMaxLength(64);
        b.Property(a => a.CountermeasuresBy).HasMaxLength(64);
        b.HasIndex(a => new { a.EmployeeId, a.Year, a.Month, a.Limit }).IsUnique();
        b.HasIndex(a => new { a.DepartmentCode, a.Status });
    }
}

internal sealed class RestIntervalExemptionConfiguration : IEntityTypeConfiguration<RestIntervalExemption>
{
    public void Configure(EntityTypeBuilder<RestIntervalExemption> b)
    {
        b.ToTable("rest_interval_exemptions");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.EmployeeId).HasMaxLength(32);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.ApprovedBy).HasMaxLength(64);
        b.HasIndex(e => new { e.EmployeeId, e.WorkDate }).IsUnique();
    }
}

internal sealed class PersonalCapConfiguration : IEntityTypeConfiguration<PersonalCap>
{
    public void Configure(EntityTypeBuilder<PersonalCap> b)
    {
        b.ToTable("personal_caps");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.EmployeeId).HasMaxLength(32);
        b.Property(c => c.From).HasColumnName("valid_from");
        b.Property(c => c.To).HasColumnName("valid_to");
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.SourceReference).HasMaxLength(64);
        b.HasIndex(c => new { c.Source, c.SourceReference }).IsUnique();
        b.HasIndex(c => c.EmployeeId);
    }
}

internal sealed class MonthCloseConfiguration : IEntityTypeConfiguration<MonthClose>
{
    public void Configure(EntityTypeBuilder<MonthClose> b)
    {
        b.ToTable("month_closes");
        b.HasKey(c => new { c.Year, c.Month });
        b.Property(c => c.ClosedBy).HasMaxLength(64);
    }
}

internal sealed class ClosedEvaluationConfiguration : IEntityTypeConfiguration<ClosedEvaluation>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<ClosedEvaluation> b)
    {
        b.ToTable("closed_evaluations");
        b.HasKey(e => new { e.EmployeeId, e.Year, e.Month });
        b.Property(e => e.EmployeeId).HasMaxLength(32);
        b.Property(e => e.DepartmentCode).HasMaxLength(32);
        b.Property(e => e.Evaluation).HasColumnType("jsonb").HasConversion(
            e => JsonSerializer.Serialize(e, Json),
            s => JsonSerializer.Deserialize<LimitsEvaluation>(s, Json)!,
            new ValueComparer<LimitsEvaluation>((x, y) => ReferenceEquals(x, y), e => e.GetHashCode(), e => e));
        b.HasIndex(e => new { e.Year, e.Month, e.DepartmentCode });
    }
}

internal sealed class RecordImportConfiguration : IEntityTypeConfiguration<RecordImport>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<RecordImport> b)
    {
        b.ToTable("record_imports");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.ImportedBy).HasMaxLength(64);
        b.Property(i => i.Format).HasMaxLength(16);
        b.Property(i => i.DuplicateLines).HasColumnType("integer[]");
        b.Property(i => i.Rejections).HasColumnType("jsonb").HasConversion(
            r => JsonSerializer.Serialize(r, Json),
            s => JsonSerializer.Deserialize<List<ImportRejection>>(s, Json)!,
            new ValueComparer<List<ImportRejection>>((x, y) => ReferenceEquals(x, y), r => r.Count, r => r));
        b.HasIndex(i => i.ImportedAt);
    }
}
