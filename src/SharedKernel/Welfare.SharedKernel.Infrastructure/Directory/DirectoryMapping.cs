using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;

namespace Welfare.SharedKernel.Infrastructure.Directory;

/// <summary>The directory block's tables, mapped into the consumer module's own schema (its context's default).</summary>
public static class DirectoryMapping
{
    public static ModelBuilder MapDirectory(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DirectoryEmployee>(b =>
        {
            b.ToTable("directory_employees");
            b.HasKey(e => e.EmployeeId);
            b.Property(e => e.EmployeeId).HasMaxLength(32);
            b.Property(e => e.NameKanji).HasMaxLength(100);
            b.Property(e => e.NameKana).HasMaxLength(100);
            b.Property(e => e.Sex).HasMaxLength(16);
            b.Property(e => e.EmploymentType).HasMaxLength(32);
            b.Property(e => e.AppointingAuthority).HasMaxLength(100);
            b.Property(e => e.GradeCode).HasMaxLength(32);
            b.Property(e => e.Status).HasMaxLength(16);
            b.Ignore(e => e.HasLeft);
            b.HasMany(e => e.Assignments).WithOne().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Cascade);
            b.Navigation(e => e.Assignments).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<DirectoryAssignment>(b =>
        {
            b.ToTable("directory_assignments");
            b.HasKey(a => a.Id);
            b.Property(a => a.Id).UseIdentityAlwaysColumn();
            b.Property(a => a.EmployeeId).HasMaxLength(32);
            b.Property(a => a.DepartmentCode).HasMaxLength(32);
            b.Property(a => a.From).HasColumnName("valid_from");
            b.Property(a => a.To).HasColumnName("valid_to");
            b.HasIndex(a => new { a.DepartmentCode, a.From });
            b.HasIndex(a => new { a.EmployeeId, a.From });
        });

        modelBuilder.Entity<DirectoryDepartment>(b =>
        {
            b.ToTable("directory_departments");
            b.HasKey(d => d.DepartmentCode);
            b.Property(d => d.DepartmentCode).HasMaxLength(32);
            b.Property(d => d.Name).HasMaxLength(100);
            b.Property(d => d.ParentDepartmentCode).HasMaxLength(32);
            b.Property(d => d.AppointingAuthority).HasMaxLength(100);
        });

        modelBuilder.Entity<DirectoryDepartmentHead>(b =>
        {
            b.ToTable("directory_department_heads");
            b.HasKey(h => h.Id);
            b.Property(h => h.Id).UseIdentityAlwaysColumn();
            b.Property(h => h.DepartmentCode).HasMaxLength(32);
            b.Property(h => h.EmployeeId).HasMaxLength(32);
            b.Property(h => h.From).HasColumnName("valid_from");
            b.HasIndex(h => new { h.DepartmentCode, h.From });
            b.HasIndex(h => h.EmployeeId);
        });

        modelBuilder.Entity<DirectoryGrade>(b =>
        {
            b.ToTable("directory_grades");
            b.HasKey(g => g.GradeCode);
            b.Property(g => g.GradeCode).HasMaxLength(32);
        });

        modelBuilder.Entity<DirectoryGradeChange>(b =>
        {
            b.ToTable("directory_grade_changes");
            b.HasKey(g => g.Id);
            b.Property(g => g.Id).UseIdentityAlwaysColumn();
            b.Property(g => g.EmployeeId).HasMaxLength(32);
            b.Property(g => g.GradeCode).HasMaxLength(32);
            b.Property(g => g.From).HasColumnName("valid_from");
            b.HasIndex(g => new { g.EmployeeId, g.From });
        });

        return modelBuilder;
    }
}
