using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.PeerSupport.Domain.Directory;

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence;

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
