using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.Modules.Overtime.Domain.Schedules;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

internal sealed class OvertimeRuleSetConfiguration : IEntityTypeConfiguration<OvertimeRuleSet>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<OvertimeRuleSet> b)
    {
        b.ToTable("rule_sets");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasIndex(r => r.EffectiveFrom).IsUnique();
        b.Property(r => r.Reason).HasMaxLength(500);
        b.Property(r => r.CreatedBy).HasMaxLength(64);
        // A version is one document and is never edited.
        b.Property(r => r.Rules).HasColumnType("jsonb").HasConversion(
            r => JsonSerializer.Serialize(r, Json),
            s => JsonSerializer.Deserialize<OvertimeRules>(s, Json)!,
            new ValueComparer<OvertimeRules>((x, y) => ReferenceEquals(x, y), r => r.GetHashCode(), r => r));
    }
}

internal sealed class OtherDrivenDesignationConfiguration : IEntityTypeConfiguration<OtherDrivenDesignation>
{
    public void Configure(EntityTypeBuilder<OtherDrivenDesignation> b)
    {
        b.ToTable("other_driven_designations");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.DepartmentCode).HasMaxLength(32);
        b.Property(d => d.From).HasColumnName("valid_from");
        b.Property(d => d.To).HasColumnName("valid_to");
        b.Property(d => d.Reason).HasMaxLength(1000);
        b.Property(d => d.DesignatedBy).HasMaxLength(64);
        b.HasIndex(d => d.DepartmentCode);
    }
}

internal sealed class WorkScheduleConfiguration : IEntityTypeConfiguration<WorkSchedule>
{
    public void Configure(EntityTypeBuilder<WorkSchedule> b)
    {
        b.ToTable("work_schedules");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.EmployeeId).HasMaxLength(32);
        b.Property(s => s.From).HasColumnName("valid_from");
        b.Property(s => s.SetBy).HasMaxLength(64);
        b.Ignore(s => s.DailyHours);
        b.HasIndex(s => new { s.EmployeeId, s.From }).IsUnique();
    }
}
