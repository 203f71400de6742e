using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Harassment.Application;
using Welfare.Modules.Harassment.Domain;
using Welfare.Modules.Harassment.Domain.Complaints;
using Welfare.Modules.Harassment.Domain.Counselors;
using Welfare.Modules.Harassment.Domain.Training;
using Welfare.SharedKernel.Infrastructure.Persistence;

using Welfare.SharedKernel.Infrastructure.Directory;

namespace Welfare.Modules.Harassment.Infrastructure.Persistence;

internal sealed class HarassmentDbContext(DbContextOptions<HarassmentDbContext> options) : DirectoryConsumerDbContext(options), IHarassmentDbContext
{
    public const string SchemaName = "harassment";

    public override string Schema => SchemaName;


    public DbSet<HarassmentCounselor> Counselors => Set<HarassmentCounselor>();

    public DbSet<ConsultationDeskEntry> DeskEntries => Set<ConsultationDeskEntry>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<HarassmentSettings> Settings => Set<HarassmentSettings>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HarassmentDbContext).Assembly);
}
