using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.Modules.StressCheck.Domain.Results;

namespace Welfare.Modules.StressCheck.Infrastructure.Persistence;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> b)
    {
        b.ToTable("campaigns");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ConsentScope).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.CommitteeDecisionReference).HasMaxLength(200);
        b.Property(c => c.CreatedBy).HasMaxLength(64);
        b.ComplexProperty(c => c.Criteria, criteria =>
        {
            criteria.Property(x => x.Method).HasColumnName("scoring_method").HasConversion<string>().HasMaxLength(32);
            criteria.Property(x => x.StressReaction).HasColumnName("criteria_stress_reaction");
            criteria.Property(x => x.FactorsAndSupport).HasColumnName("criteria_factors_and_support");
            criteria.Property(x => x.StressReactionWithFactors).HasColumnName("criteria_stress_reaction_with_factors");
        });
        // Several officers edit a campaign: Version (IVersioned) is the row version their changes are checked against (docs/adr/0011).
        b.Ignore(c => c.DomainEvents);
        b.HasMany(c => c.Targets).WithOne().HasForeignKey("campaign_id").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CampaignTargetConfiguration : IEntityTypeConfiguration<CampaignTarget>
{
    public void Configure(EntityTypeBuilder<CampaignTarget> b)
    {
        b.ToTable("campaign_targets");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).UseIdentityAlwaysColumn();
        b.Property(t => t.EmployeeId).HasMaxLength(32);
        b.Property(t => t.DepartmentCode).HasMaxLength(32);
        b.Property(t => t.Sex).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Reason).HasMaxLength(500);
        b.HasIndex("campaign_id", nameof(CampaignTarget.EmployeeId)).IsUnique();
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> b)
    {
        b.ToTable("submissions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.EmployeeId).HasMaxLength(32);
        b.Property(s => s.DepartmentCode).HasMaxLength(32);
        b.Property(s => s.Sex).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Method).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(s => new { s.CampaignId, s.EmployeeId });
        // At most one latest submission per employee and campaign, whatever happens concurrently.
        b.HasIndex(s => new { s.CampaignId, s.EmployeeId }).IsUnique().HasFilter("is_latest").HasDatabaseName("ix_submissions_latest");
        b.HasIndex(s => new { s.CampaignId, s.DepartmentCode }).HasFilter("is_latest");
        b.HasIndex(s => s.RetainUntil);
    }
}

internal sealed class ResultConsentConfiguration : IEntityTypeConfiguration<ResultConsent>
{
    public void Configure(EntityTypeBuilder<ResultConsent> b)
    {
        b.ToTable("result_consents");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.EmployeeId).HasMaxLength(32);
        b.Property(c => c.Scope).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(32);
        b.Ignore(c => c.IsActive);
        b.HasIndex(c => new { c.CampaignId, c.EmployeeId }).IsUnique().HasFilter("withdrawn_at IS NULL").HasDatabaseName("ix_result_consents_active");
    }
}

internal sealed class GroupAnalysisReleaseConfiguration : IEntityTypeConfiguration<GroupAnalysisRelease>
{
    public void Configure(EntityTypeBuilder<GroupAnalysisRelease> b)
    {
        b.ToTable("group_analysis_releases");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.DepartmentCode).HasMaxLength(32);
        b.Property(r => r.ReleasedBy).HasMaxLength(64);
        b.Property(r => r.Figures).HasColumnType("jsonb");
        b.HasIndex(r => new { r.CampaignId, r.DepartmentCode });
    }
}

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Interview> b)
    {
        b.ToTable("interviews");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.EmployeeId).HasMaxLength(32);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.EligibilityNote).HasMaxLength(1000);
        // The record, opinion and decision are written once each and read whole: JSON documents.
        b.Property(i => i.Record).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<InterviewRecord>(v, Json));
        b.Property(i => i.Opinion).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<PhysicianOpinion>(v, Json));
        b.Property(i => i.Decision).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<EmployerDecision>(v, Json));
        b.HasIndex(i => new { i.CampaignId, i.EmployeeId }).IsUnique();
        b.HasIndex(i => i.RetainUntil);
    }
}
