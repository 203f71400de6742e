using Microsoft.EntityFrameworkCore;
using Welfare.Modules.PeerSupport.Application;
using Welfare.Modules.PeerSupport.Domain.Consultations;
using Welfare.Modules.PeerSupport.Domain.Coordinators;
using Welfare.Modules.PeerSupport.Domain.Counselors;
using Welfare.Modules.PeerSupport.Domain.Reports;
using Welfare.Modules.PeerSupport.Domain.Supporters;
using Welfare.SharedKernel.Infrastructure.Persistence;

using Welfare.SharedKernel.Infrastructure.Directory;

namespace Welfare.Modules.PeerSupport.Infrastructure.Persistence;

internal sealed class PeerSupportDbContext(DbContextOptions<PeerSupportDbContext> options) : DirectoryConsumerDbContext(options), IPeerSupportDbContext
{
    public const string SchemaName = "peer_support";

    public override string Schema => SchemaName;




    public DbSet<Workplace> Workplaces => Set<Workplace>();

    public DbSet<SupporterDesignation> Supporters => Set<SupporterDesignation>();

    public DbSet<DesignationNotice> Notices => Set<DesignationNotice>();

    public DbSet<DesignationReport> DesignationReports => Set<DesignationReport>();

    public DbSet<CoordinatorDesignation> Coordinators => Set<CoordinatorDesignation>();

    public DbSet<ExternalCounselor> Counselors => Set<ExternalCounselor>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<GuidanceRequest> GuidanceRequests => Set<GuidanceRequest>();

    public DbSet<QuarterlyReport> QuarterlyReports => Set<QuarterlyReport>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PeerSupportDbContext).Assembly);
}
