using Microsoft.EntityFrameworkCore;
using Welfare.Modules.StressCheck.Application;
using Welfare.Modules.StressCheck.Domain.Campaigns;
using Welfare.Modules.StressCheck.Domain.GroupAnalyses;
using Welfare.Modules.StressCheck.Domain.Interviews;
using Welfare.Modules.StressCheck.Domain.Results;
using Welfare.SharedKernel.Infrastructure.Persistence;

using Welfare.SharedKernel.Infrastructure.Directory;

namespace Welfare.Modules.StressCheck.Infrastructure.Persistence;

internal sealed class StressCheckDbContext(DbContextOptions<StressCheckDbContext> options) : DirectoryConsumerDbContext(options), IStressCheckDbContext
{
    public const string SchemaName = "stress_check";

    public override string Schema => SchemaName;

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<ResultConsent> Consents => Set<ResultConsent>();



    public DbSet<GroupAnalysisRelease> GroupAnalysisReleases => Set<GroupAnalysisRelease>();

    public DbSet<Interview> Interviews => Set<Interview>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StressCheckDbContext).Assembly);
}
