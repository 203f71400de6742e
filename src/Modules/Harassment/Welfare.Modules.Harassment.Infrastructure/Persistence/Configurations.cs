using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.Harassment.Domain;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.Modules.Harassment.Domain.Training;

namespace Welfare.Modules.Harassment.Infrastructure.Persistence;

internal sealed class HarassmentCounselorConfiguration : IEntityTypeConfiguration<HarassmentCounselor>
{
    public void Configure(EntityTypeBuilder<HarassmentCounselor> b)
    {
        b.ToTable("counselors");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.EmployeeId).HasMaxLength(32);
        b.Property(c => c.Sex).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.DesignatedBy).HasMaxLength(64);
        b.HasIndex(c => c.EmployeeId);
    }
}

internal sealed class ConsultationDeskEntryConfiguration : IEntityTypeConfiguration<ConsultationDeskEntry>
{
    public void Configure(EntityTypeBuilder<ConsultationDeskEntry> b)
    {
        b.ToTable("consultation_desk_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Place).HasMaxLength(200);
        b.Property(e => e.Hours).HasMaxLength(200);
        b.Property(e => e.Contact).HasMaxLength(200);
        b.Property(e => e.Note).HasMaxLength(1000);
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.ToTable("complaints");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.ReceivedBy).HasMaxLength(64);
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.ComplainantId).HasMaxLength(32);
        b.Property(c => c.PersonHarassedId).HasMaxLength(32);
        b.Property(c => c.RespondentId).HasMaxLength(32);
        b.Property(c => c.RespondentAuthority).HasMaxLength(100);
        b.Property(c => c.RequestedCounselorSex).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.SingleCounselorReason).HasMaxLength(1000);
        b.Property(c => c.Handling).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.HandlingReason).HasMaxLength(2000);
        b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(32);
        b.Property(c => c.OutcomeNote).HasMaxLength(4000);
        // Changes by two counsellors at once must not silently overwrite each other: Version (IVersioned) is the
        // row version every change is checked against (docs/adr/0011).
        b.Ignore(c => c.CurrentIntake);
        b.Ignore(c => c.IntakeConfirmed);
        b.Ignore(c => c.Status);
        b.Ignore(c => c.ActiveCounselorIds);
        b.Ignore(c => c.Parties);
        b.HasIndex(c => c.ComplainantId);
        b.HasIndex(c => c.ReceivedOn);

        b.HasMany(c => c.Kinds).WithOne().HasForeignKey("complaint_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Assignments).WithOne().HasForeignKey("complaint_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Intake).WithOne().HasForeignKey("complaint_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Hearings).WithOne().HasForeignKey("complaint_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Actions).WithOne().HasForeignKey("complaint_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Notices).WithOne().HasForeignKey("complaint_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Emergencies).WithOne().HasForeignKey("complaint_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.FollowUps).WithOne().HasForeignKey("complaint_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.AuthorityRequests).WithOne().HasForeignKey("complaint_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { "Kinds", "Assignments", "Intake", "Hearings", "Actions", "Notices", "Emergencies", "FollowUps", "AuthorityRequests" })
        {
            // The aggregate is always loaded whole; the rules need every part.
            b.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        }
    }
}

internal sealed class ComplaintKindConfiguration : IEntityTypeConfiguration<ComplaintKind>
{
    public void Configure(EntityTypeBuilder<ComplaintKind> b)
    {
        b.ToTable("complaint_kinds");
        b.HasKey(k => k.Id);
        b.Property(k => k.Id).UseIdentityAlwaysColumn();
        b.Property(k => k.Kind).HasConversion<string>().HasMaxLength(64);
        b.Property(k => k.SubKind).HasConversion<string>().HasMaxLength(64);
    }
}

internal sealed class CounselorAssignmentConfiguration : IEntityTypeConfiguration<CounselorAssignment>
{
    public void Configure(EntityTypeBuilder<CounselorAssignment> b)
    {
        b.ToTable("complaint_counselors");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).UseIdentityAlwaysColumn();
        b.Property(a => a.CounselorEmployeeId).HasMaxLength(32);
        b.Property(a => a.AssignedBy).HasMaxLength(64);
        b.Ignore(a => a.IsActive);
        b.HasIndex(a => a.CounselorEmployeeId);
    }
}

internal sealed class IntakeRecordConfiguration : IEntityTypeConfiguration<IntakeRecord>
{
    public void Configure(EntityTypeBuilder<IntakeRecord> b)
    {
        b.ToTable("intake_records");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).UseIdentityAlwaysColumn();
        b.Property<Guid>("complaint_id");
        b.HasIndex("complaint_id", nameof(IntakeRecord.Version)).IsUnique();
        b.Property(r => r.CorrectionNote).HasMaxLength(2000);
        b.Property(r => r.RecordedBy).HasMaxLength(64);
        b.Property(r => r.ConfirmedBy).HasMaxLength(64);
        b.Property(r => r.ConfirmationMethod).HasConversion<string>().HasMaxLength(16);
        b.Ignore(r => r.IsConfirmed);
        b.OwnsOne(r => r.Facts, f =>
        {
            f.Property(x => x.WantsFutureConductStopped).HasColumnName("wants_future_conduct_stopped");
            f.Property(x => x.WantsRemedyForPastConduct).HasColumnName("wants_remedy_for_past_conduct");
            f.Property(x => x.WishNote).HasColumnName("wish_note").HasMaxLength(4000);
            f.Property(x => x.Urgency).HasColumnName("urgency").HasConversion<string>().HasMaxLength(16);
            f.Property(x => x.ComplainantState).HasColumnName("complainant_state").HasMaxLength(4000);
            f.Property(x => x.Relationship).HasColumnName("relationship").HasMaxLength(4000);
            f.Property(x => x.WhenOccurred).HasColumnName("when_occurred").HasMaxLength(4000);
            f.Property(x => x.WhereOccurred).HasColumnName("where_occurred").HasMaxLength(4000);
            f.Property(x => x.HowOccurred).HasColumnName("how_occurred").HasMaxLength(4000);
            f.Property(x => x.ComplainantResponse).HasColumnName("complainant_response").HasMaxLength(4000);
            f.Property(x => x.SupervisorConsulted).HasColumnName("supervisor_consulted");
            f.Property(x => x.SupervisorConsultationNote).HasColumnName("supervisor_consultation_note").HasMaxLength(4000);
            f.Property(x => x.KnownOnlyToParties).HasColumnName("known_only_to_parties");
            f.Property(x => x.Witnesses).HasColumnName("witnesses").HasMaxLength(4000);
        });
        b.Navigation(r => r.Facts).IsRequired();
    }
}

internal sealed class HearingRecordConfiguration : IEntityTypeConfiguration<HearingRecord>
{
    public void Configure(EntityTypeBuilder<HearingRecord> b)
    {
        b.ToTable("hearing_records");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).UseIdentityAlwaysColumn();
        b.HasIndex(r => new { r.HearingId, r.Version }).IsUnique();
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.SubjectEmployeeId).HasMaxLength(32);
        b.Property(r => r.Account).HasMaxLength(4000);
        b.Property(r => r.Explanation).HasMaxLength(4000);
        b.Property(r => r.CorrectionNote).HasMaxLength(2000);
        b.Property(r => r.RecordedBy).HasMaxLength(64);
        b.Property(r => r.ConfirmedBy).HasMaxLength(64);
        b.Property(r => r.ConfirmationMethod).HasConversion<string>().HasMaxLength(16);
        b.Ignore(r => r.IsConfirmed);
    }
}

internal sealed class ComplaintActionConfiguration : IEntityTypeConfiguration<ComplaintAction>
{
    public void Configure(EntityTypeBuilder<ComplaintAction> b)
    {
        b.ToTable("complaint_actions");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.Type).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Note).HasMaxLength(4000);
        b.Property(a => a.RecordedBy).HasMaxLength(64);
    }
}

internal sealed class ComplainantNoticeConfiguration : IEntityTypeConfiguration<ComplainantNotice>
{
    public void Configure(EntityTypeBuilder<ComplainantNotice> b)
    {
        b.ToTable("complainant_notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Note).HasMaxLength(4000);
        b.Property(n => n.RecordedBy).HasMaxLength(64);
    }
}

internal sealed class EmergencyNoticeConfiguration : IEntityTypeConfiguration<EmergencyNotice>
{
    public void Configure(EntityTypeBuilder<EmergencyNotice> b)
    {
        b.ToTable("emergency_notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.Reason).HasConversion<string>().HasMaxLength(32);
        b.Property(n => n.Note).HasMaxLength(4000);
        b.Property(n => n.RecordedBy).HasMaxLength(64);
    }
}

internal sealed class FollowUpCheckConfiguration : IEntityTypeConfiguration<FollowUpCheck>
{
    public void Configure(EntityTypeBuilder<FollowUpCheck> b)
    {
        b.ToTable("follow_up_checks");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Subject).HasConversion<string>().HasMaxLength(32);
        b.Property(f => f.EmployeeId).HasMaxLength(32);
        b.Property(f => f.Note).HasMaxLength(4000);
        b.Property(f => f.CheckedBy).HasMaxLength(64);
        b.HasIndex(f => f.DueOn);
    }
}

internal sealed class AuthorityRequestConfiguration : IEntityTypeConfiguration<AuthorityRequest>
{
    public void Configure(EntityTypeBuilder<AuthorityRequest> b)
    {
        b.ToTable("authority_requests");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.AppointingAuthority).HasMaxLength(100);
        b.Property(r => r.Note).HasMaxLength(4000);
        b.Property(r => r.RequestedBy).HasMaxLength(64);
        b.Property(r => r.Answer).HasMaxLength(4000);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("training_sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Title).HasMaxLength(200);
        b.Property(s => s.Audience).HasConversion<string>().HasMaxLength(32);
        b.Property(s => s.Kinds).HasConversion(
            k => k.Select(x => x.ToString()).ToArray(),
            s => s.Select(Enum.Parse<Domain.Kinds.HarassmentKind>).ToList(),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<Domain.Kinds.HarassmentKind>>(
                (x, y) => x!.SequenceEqual(y!), k => k.Aggregate(0, (h, v) => HashCode.Combine(h, v)), k => k.ToList()));
        b.Property(s => s.CreatedBy).HasMaxLength(64);
        b.HasIndex(s => s.HeldOn);
        b.HasMany(s => s.Attendance).WithOne().HasForeignKey("session_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> b)
    {
        b.ToTable("training_attendance");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).UseIdentityAlwaysColumn();
        b.Property(a => a.EmployeeId).HasMaxLength(32);
        b.Property<Guid>("session_id");
        b.HasIndex("session_id", nameof(TrainingAttendance.EmployeeId)).IsUnique();
    }
}

internal sealed class HarassmentSettingsConfiguration : IEntityTypeConfiguration<HarassmentSettings>
{
    public void Configure(EntityTypeBuilder<HarassmentSettings> b)
    {
        b.ToTable("settings");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
    }
}
