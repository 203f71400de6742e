using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.PeerSupport.Domain.Consultations;

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("consultations");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.SupporterId).HasMaxLength(32);
        b.Property(c => c.DepartmentCode).HasMaxLength(32);
        b.Property(c => c.SubjectKind).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.SubjectEmployeeId).HasMaxLength(32);
        b.Property(c => c.FamilyRelationship).HasMaxLength(50);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Urgency).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Content).HasMaxLength(10000);
        b.Property(c => c.UrgentAction).HasMaxLength(5000);
        b.HasIndex(c => c.SupporterId);
        b.HasIndex(c => c.SubjectEmployeeId);
        b.HasIndex(c => new { c.DepartmentCode, c.OpenedOn });
        b.HasMany(c => c.Consents).WithOne().HasForeignKey("consultation_id").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Referrals).WithOne().HasForeignKey("consultation_id").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.SuperiorContacts).WithOne().HasForeignKey("consultation_id").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Consents).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.Referrals).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(c => c.SuperiorContacts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConsultationConsentConfiguration : IEntityTypeConfiguration<ConsultationConsent>
{
    public void Configure(EntityTypeBuilder<ConsultationConsent> b)
    {
        b.ToTable("consultation_consents");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Scope).HasMaxLength(500);
        b.Property(c => c.RecordedBy).HasMaxLength(64);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("referrals");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Target).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.DivisionName).HasMaxLength(100);
    }
}

internal sealed class SuperiorContactConfiguration : IEntityTypeConfiguration<SuperiorContact>
{
    public void Configure(EntityTypeBuilder<SuperiorContact> b)
    {
        b.ToTable("superior_contacts");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.On).HasColumnName("contacted_on");
    }
}

internal sealed class GuidanceRequestConfiguration : IEntityTypeConfiguration<GuidanceRequest>
{
    public void Configure(EntityTypeBuilder<GuidanceRequest> b)
    {
        b.ToTable("guidance_requests");
        b.HasKey(g => g.Id);
        b.Property(g => g.Id).ValueGeneratedNever();
        b.Property(g => g.SupporterId).HasMaxLength(32);
        b.Property(g => g.CoordinatorId).HasMaxLength(32);
        b.Property(g => g.SharedDetails).HasMaxLength(5000);
        b.Property(g => g.Advice).HasMaxLength(5000);
        b.HasOne<Consultation>().WithMany().HasForeignKey(g => g.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(g => g.CoordinatorId);
        b.HasIndex(g => g.SupporterId);
    }
}
