using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.PeerSupport.Domain.Coordinators;
using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.Modules.PeerSupport.Domain.Reports;
using Welfare.Modules.PeerSupport.Domain.Supporters;

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence;

internal static class Snapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A report's lines are one document written once: stored as jsonb, compared by reference.</summary>
    public static void AsJsonDocument<TLine>(this PropertyBuilder<IReadOnlyList<TLine>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<List<TLine>>(s, Json)!,
            new ValueComparer<IReadOnlyList<TLine>>((x, y) => ReferenceEquals(x, y), v => v.GetHashCode(), v => v));
}

internal sealed class WorkplaceConfiguration : IEntityTypeConfiguration<Workplace>
{
    public void Configure(EntityTypeBuilder<Workplace> b)
    {
        b.ToTable("workplaces");
        b.HasKey(w => w.Id);
        b.Property(w => w.Id).ValueGeneratedNever();
        b.Property(w => w.DepartmentCode).HasMaxLength(32);
        b.Property(w => w.Name).HasMaxLength(100);
        b.Property(w => w.NoSupporterReason).HasMaxLength(1000);
        b.Property(w => w.RegisteredBy).HasMaxLength(64);
        b.HasIndex(w => new { w.DepartmentCode, w.Name }).IsUnique();
    }
}

internal sealed class SupporterDesignationConfiguration : IEntityTypeConfiguration<SupporterDesignation>
{
    public void Configure(EntityTypeBuilder<SupporterDesignation> b)
    {
        b.ToTable("supporter_designations");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.DepartmentCode).HasMaxLength(32);
        b.Property(s => s.EmployeeId).HasMaxLength(32);
        b.Property(s => s.Contact).HasMaxLength(200);
        b.Property(s => s.DesignatedBy).HasMaxLength(64);
        b.Property(s => s.ReleasedBy).HasMaxLength(64);
        b.Property(s => s.ReleaseReason).HasMaxLength(1000);
        b.HasOne<Workplace>().WithMany().HasForeignKey(s => s.WorkplaceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => s.DepartmentCode);
        b.HasIndex(s => s.EmployeeId);

        // The database itself refuses a second open designation of one person for one workplace.
        b.HasIndex(s => new { s.WorkplaceId, s.EmployeeId }).IsUnique().HasFilter("released_on IS NULL");
    }
}

internal sealed class DesignationNoticeConfiguration : IEntityTypeConfiguration<DesignationNotice>
{
    public void Configure(EntityTypeBuilder<DesignationNotice> b)
    {
        b.ToTable("designation_notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Form).HasConversion<int>();
        b.Property(n => n.Change).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.EmployeeId).HasMaxLength(32);
        b.Property(n => n.DepartmentCode).HasMaxLength(32);
        b.Property(n => n.IssuedBy).HasMaxLength(64);
        b.HasIndex(n => n.EmployeeId);
    }
}

internal sealed class DesignationReportConfiguration : IEntityTypeConfiguration<DesignationReport>
{
    public void Configure(EntityTypeBuilder<DesignationReport> b)
    {
        b.ToTable("designation_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.DepartmentCode).HasMaxLength(32);
        b.Property(r => r.Change).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.ChangedEmployeeId).HasMaxLength(32);
        b.Property(r => r.ReportedBy).HasMaxLength(64);
        b.Property(r => r.Supporters).AsJsonDocument();
        b.HasIndex(r => r.DepartmentCode);
    }
}

internal sealed class CoordinatorDesignationConfiguration : IEntityTypeConfiguration<CoordinatorDesignation>
{
    public void Configure(EntityTypeBuilder<CoordinatorDesignation> b)
    {
        b.ToTable("coordinator_designations");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.EmployeeId).HasMaxLength(32);
        b.Property(c => c.DepartmentCode).HasMaxLength(32);
        b.Property(c => c.Contact).HasMaxLength(200);
        b.Property(c => c.DesignatedBy).HasMaxLength(64);
        b.Property(c => c.ReleasedBy).HasMaxLength(64);
        b.HasIndex(c => c.EmployeeId).IsUnique().HasFilter("released_on IS NULL");
    }
}

internal sealed class ExternalCounselorConfiguration : IEntityTypeConfiguration<ExternalCounselor>
{
    public void Configure(EntityTypeBuilder<ExternalCounselor> b)
    {
        b.ToTable("external_counselors");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Name).HasMaxLength(100);
        b.Property(c => c.Field).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.FeeNote).HasMaxLength(500);
        b.Property(c => c.Contact).HasMaxLength(200);
        b.Property(c => c.Availability).HasMaxLength(500);
        b.Property(c => c.UpdatedBy).HasMaxLength(64);
    }
}

internal sealed class QuarterlyReportConfiguration : IEntityTypeConfiguration<QuarterlyReport>
{
    public void Configure(EntityTypeBuilder<QuarterlyReport> b)
    {
        b.ToTable("quarterly_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.DepartmentCode).HasMaxLength(32);
        b.Property(r => r.SubmittedBy).HasMaxLength(64);
        b.Property(r => r.Counts).AsJsonDocument();
        b.HasIndex(r => new { r.DepartmentCode, r.FiscalYear, r.Quarter }).IsUnique();
    }
}
