using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;

namespace Welfare.Modules.ReturnToWork.Infrastructure.Persistence;

internal sealed class LeaveCaseConfiguration : IEntityTypeConfiguration<LeaveCase>
{
    public void Configure(EntityTypeBuilder<LeaveCase> b)
    {
        b.ToTable("leave_cases");
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedNever();
        b.Property(l => l.EmployeeId).HasMaxLength(32);
        b.Property(l => l.Reference).HasMaxLength(64);
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(l => l.RecordedBy).HasMaxLength(64);
        b.HasIndex(l => l.EmployeeId);
        b.HasIndex(l => l.Reference).IsUnique().HasFilter("reference IS NOT NULL");
    }
}

internal sealed class PreReturnConfiguration : IEntityTypeConfiguration<PreReturn>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<PreReturn> b)
    {
        b.ToTable("pre_returns");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.EmployeeId).HasMaxLength(32);
        b.Property(p => p.DepartmentCode).HasMaxLength(32);
        b.Property(p => p.OpenedBy).HasMaxLength(64);
        b.Property(p => p.SupportOfficerId).HasMaxLength(32);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);

        // Head, participant, officer, physician and director edit one case: its Version (IVersioned) is the row
        // version the changes are checked against (docs/adr/0011).

        // A second active programme for the same employee is refused even when two requests race.
        b.HasIndex(p => p.EmployeeId).IsUnique().HasDatabaseName("ux_pre_returns_active_employee")
            .HasFilter("status NOT IN ('Rejected', 'Completed', 'Cancelled', 'Withdrawn')");
        b.HasIndex(p => p.DepartmentCode);
        b.HasIndex(p => p.SupportOfficerId);

        // The parts of a case are documents read and written with it; none is queried on its own.
        Document(b.Property(p => p.Application));
        Document(b.Property(p => p.Plan));
        Document(b.Property(p => p.Review));
        Document(b.Property(p => p.Decision));
        Document(b.Property(p => p.ContactConsent));
        Document(b.Property(p => p.Result).HasColumnName("result_report"));
        DocumentList<BriefingEntry>(b, "_briefing", "briefing");
        DocumentList<PreReturnPlan>(b, "_planHistory", "plan_history");
        DocumentList<DailyLog>(b, "_logs", "daily_logs");
        DocumentList<ProgrammeInterview>(b, "_interviews", "interviews");
        DocumentList<SupportContact>(b, "_contacts", "contacts");
        DocumentList<ChangeRequest>(b, "_changeRequests", "change_requests");
        b.Ignore(p => p.Briefing);
        b.Ignore(p => p.PlanHistory);
        b.Ignore(p => p.Logs);
        b.Ignore(p => p.Interviews);
        b.Ignore(p => p.Contacts);
        b.Ignore(p => p.ChangeRequests);
        b.Ignore(p => p.OpenChangeRequest);
        b.Ignore(p => p.IsActive);
        b.Ignore(p => p.BriefingComplete);
    }

    private static void Document<T>(PropertyBuilder<T?> property)
        where T : class =>
        property.HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<T>(s, Json),
            new ValueComparer<T?>((x, y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json), v => JsonSerializer.Serialize(v, Json).GetHashCode(), v => v));

    private static void DocumentList<T>(EntityTypeBuilder<PreReturn> b, string field, string column) =>
        b.Property<List<T>>(field).HasColumnName(column).HasColumnType("jsonb").UsePropertyAccessMode(PropertyAccessMode.Field).HasConversion(
            v => JsonSerializer.Serialize(v, Json),
            s => JsonSerializer.Deserialize<List<T>>(s, Json) ?? new List<T>(),
            new ValueComparer<List<T>>((x, y) => JsonSerializer.Serialize(x, Json) == JsonSerializer.Serialize(y, Json), v => JsonSerializer.Serialize(v, Json).GetHashCode(),
                v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, Json), Json)!));
}

internal sealed class MedicalCertificateConfiguration : IEntityTypeConfiguration<MedicalCertificate>
{
    public void Configure(EntityTypeBuilder<MedicalCertificate> b)
    {
        b.ToTable("medical_certificates");
        b.HasKey(c => c.PreReturnId);
        b.Property(c => c.ContentType).HasMaxLength(32);
        b.Property(c => c.Content).HasColumnType("bytea");
        b.Property(c => c.Sha256).HasMaxLength(64);
        b.Property(c => c.UploadedBy).HasMaxLength(64);
        b.HasOne<PreReturn>().WithOne().HasForeignKey<MedicalCertificate>(c => c.PreReturnId).OnDelete(DeleteBehavior.Cascade);
    }
}
