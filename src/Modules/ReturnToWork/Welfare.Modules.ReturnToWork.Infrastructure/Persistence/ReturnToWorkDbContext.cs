using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Application;
using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Infrastructure.Persistence;

using Welfare.SharedKernel.Infrastructure.Directory;

namespace Welfare.Modules.ReturnToWork.Infrastructure.Persistence;

internal sealed class ReturnToWorkDbContext(DbContextOptions<ReturnToWorkDbContext> options) : DirectoryConsumerDbContext(options), IReturnToWorkDbContext
{
    public const string SchemaName = "return_to_work";

    public override string Schema => SchemaName;





    public DbSet<LeaveCase> LeaveCases => Set<LeaveCase>();

    public DbSet<PreReturn> PreReturns => Set<PreReturn>();

    public DbSet<MedicalCertificate> Certificates => Set<MedicalCertificate>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReturnToWorkDbContext).Assembly);
}
