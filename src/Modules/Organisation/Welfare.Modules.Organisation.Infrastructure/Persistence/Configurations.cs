using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.Modules.Organisation.Domain.Employees;
using Welfare.Modules.Organisation.Domain.Grades;
using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel;

namespace Welfare.Modules.Organisation.Infrastructure.Persistence;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> b)
    {
        b.ToTable("employees");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("employee_id").HasConversion(id => id.Value, value => new EmployeeId(value)).HasMaxLength(EmployeeId.MaxLength);
        b.Property(e => e.NameKanji).HasMaxLength(EmployeeFacts.MaxNameLength);
        b.Property(e => e.NameKana).HasMaxLength(EmployeeFacts.MaxNameLength);
        b.Property(e => e.Sex).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.GradeCode).HasMaxLength(Grade.MaxCodeLength);
        b.Property(e => e.EmploymentType).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.AppointingAuthority).HasConversion<string>().HasMaxLength(32);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Ignore(e => e.DomainEvents);
        b.Ignore(e => e.CurrentAssignment);
        b.Ignore(e => e.DepartmentCode);
        b.HasMany(e => e.Assignments).WithOne().HasForeignKey("employee_id").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(e => e.GradeCode);
        b.HasIndex(e => e.Status);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> b)
    {
        b.ToTable("assignments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).UseIdentityAlwaysColumn();
        b.Property(a => a.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        b.Property(a => a.From).HasColumnName("valid_from");
        b.Property(a => a.To).HasColumnName("valid_to");
        // As-of questions: who was in department X on a date.
        b.HasIndex(a => new { a.DepartmentCode, a.From });
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).HasColumnName("department_code").HasConversion(c => c.Value, v => new DepartmentCode(v)).HasMaxLength(DepartmentCode.MaxLength);
        b.Property(d => d.ParentCode).HasColumnName("parent_department_code")
            .HasConversion(c => c!.Value.Value, v => new DepartmentCode(v)).HasMaxLength(DepartmentCode.MaxLength);
        b.Property(d => d.Name).HasMaxLength(Department.MaxNameLength);
        b.Property(d => d.AppointingAuthority).HasConversion<string>().HasMaxLength(32);
        b.Ignore(d => d.DomainEvents);
        b.Ignore(d => d.CurrentHead);
        b.HasMany(d => d.Heads).WithOne().HasForeignKey("department_code").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(d => d.Heads).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DepartmentHeadTermConfiguration : IEntityTypeConfiguration<DepartmentHeadTerm>
{
    public void Configure(EntityTypeBuilder<DepartmentHeadTerm> b)
    {
        b.ToTable("department_heads");
        b.HasKey(h => h.Id);
        b.Property(h => h.Id).UseIdentityAlwaysColumn();
        b.Property(h => h.EmployeeId).HasConversion(id => id.Value, v => new EmployeeId(v)).HasMaxLength(EmployeeId.MaxLength);
        b.Property(h => h.From).HasColumnName("valid_from");
        b.Property(h => h.To).HasColumnName("valid_to");
    }
}

internal sealed class GradeConfiguration : IEntityTypeConfiguration<Grade>
{
    public void Configure(EntityTypeBuilder<Grade> b)
    {
        b.ToTable("grades");
        b.HasKey(g => g.Code);
        b.Property(g => g.Code).HasMaxLength(Grade.MaxCodeLength);
        b.Property(g => g.Name).HasMaxLength(Grade.MaxNameLength);
    }
}

internal sealed class DirectoryImportConfiguration : IEntityTypeConfiguration<DirectoryImport>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<DirectoryImport> b)
    {
        b.ToTable("imports");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Mode).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Format).HasMaxLength(8);
        b.Property(i => i.ImportedBy).HasMaxLength(64);
        b.Property(i => i.Rejections)
            .HasColumnType("jsonb")
            .HasConversion(
                r => JsonSerializer.Serialize(r, Json),
                s => JsonSerializer.Deserialize<List<ImportRejection>>(s, Json) ?? new List<ImportRejection>(),
                new ValueComparer<List<ImportRejection>>((a, c) => a!.SequenceEqual(c!), r => r.Count, r => r.ToList()));
        b.HasIndex(i => i.ImportedAt);
    }
}
