using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Welfare.Modules.Overtime.Domain.Interviews;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

internal sealed class LongHoursInterviewConfiguration : IEntityTypeConfiguration<LongHoursInterview>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<LongHoursInterview> b)
    {
        b.ToTable("long_hours_interviews");
        b.HasKey(i => i.Id);
        b.Property(i => i.Id).ValueGeneratedNever();
        b.Property(i => i.EmployeeId).HasMaxLength(32);
        b.Property(i => i.DepartmentCode).HasMaxLength(32);
        b.Property(i => i.Tier).HasMaxLength(64);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.PhysicianId).HasMaxLength(64);
        b.Property(i => i.NotHeldReason).HasConversion<string>().HasMaxLength(32);
        b.Property(i => i.NotHeldNote).HasMaxLength(1000);
        b.Ignore(i => i.IsClosed);
        // The opinion is written once and read whole: one JSON document.
        b.Property(i => i.Opinion).HasColumnType("jsonb").HasConversion(
            v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<LongHoursOpinion>(v, Json),
            new ValueComparer<LongHoursOpinion?>((x, y) => Equals(x, y), v => v == null ? 0 : v.GetHashCode(), v => v));
        // The welfare officer and the physician edit the same case: Version (IVersioned) is the row version their
        // changes are checked against (docs/adr/0011).
        b.HasIndex(i => new { i.EmployeeId, i.Year, i.Month }).IsUnique();
        b.HasIndex(i => new { i.Year, i.Month, i.Status });
        b.HasIndex(i => i.DepartmentCode);
    }
}
