using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Directory;
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

internal sealed class DirectoryDepartmentConfiguration : IEntityTypeConfiguration<DirectoryDepartment>
{
    public void Configure(EntityTypeBuilder<DirectoryDepartment> b)
    {
        b.ToTable("directory_departments");
        b.HasKey(d => d.DepartmentCode);
        b.Property(d => d.DepartmentCode).HasMaxLength(32);
        b.Property(d => d.Name).HasMaxLength(100);
    }
}

internal sealed class DirectoryEmployeeConfiguration : IEntityTypeConfiguration<DirectoryEmployee>
{
    public void Configure(EntityTypeBuilder<DirectoryEmployee> b)
    {
        b.ToTable("directory_employees");
        b.HasKey(e => e.EmployeeId);
        b.Property(e => e.EmployeeId).HasMaxLength(32);
        b.Property(e => e.Status).HasMaxLength(16);
        b.HasMany(e => e.Assignments).WithOne().HasForeignKey("employee_id").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DirectoryAssignmentConfiguration : IEntityTypeConfiguration<DirectoryAssignment>
{
    public void Configure(EntityTypeBuilder<DirectoryAssignment> b)
    {
        b.ToTable("directory_assignments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).UseIdentityAlwaysColumn();
        b.Property(a => a.DepartmentCode).HasMaxLength(32);
        b.Property(a => a.From).HasColumnName("valid_from");
        b.Property(a => a.To).HasColumnName("valid_to");
        b.HasIndex(a => new { a.DepartmentCode, a.From });
    }
}

internal sealed class DirectoryDepartmentHeadConfiguration : IEntityTypeConfiguration<DirectoryDepartmentHead>
{
    public void Configure(EntityTypeBuilder<DirectoryDepartmentHead> b)
    {
        b.ToTable("directory_department_heads");
        b.HasKey(h => h.Id);
        b.Property(h => h.Id).UseIdentityAlwaysColumn();
        b.Property(h => h.DepartmentCode).HasMaxLength(32);
        b.Property(h => h.EmployeeId).HasMaxLength(32);
        b.Property(h => h.From).HasColumnName("valid_from");
        b.HasIndex(h => new { h.DepartmentCode, h.From });
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
