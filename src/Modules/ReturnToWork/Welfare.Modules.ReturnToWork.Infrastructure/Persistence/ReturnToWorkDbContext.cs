using Microsoft.EntityFrameworkCore;
using Welfare.Modules.ReturnToWork.Application;
using Welfare.Modules.ReturnToWork.Domain.Directory;
using Welfare.Modules.ReturnToWork.Domain.LeaveCases;
using Welfare.Modules.ReturnToWork.Domain.PreReturns;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.ReturnToWork.Infrastructure.Persistence;

internal sealed class ReturnToWorkDbContext(DbContextOptions<ReturnToWorkDbContext> options) : ModuleDbContext(options), IReturnToWorkDbContext
{
    public const string SchemaName = "return_to_work";

    public override string Schema => SchemaName;

    public DbSet<DirectoryDepartment> Departments => Set<DirectoryDepartment>();

    public DbSet<DirectoryEmployee> Employees => Set<DirectoryEmployee>();

    public DbSet<DirectoryDepartmentHead> DepartmentHeads => Set<DirectoryDepartmentHead>();

    public DbSet<DirectoryGrade> Grades => Set<DirectoryGrade>();

    public DbSet<LeaveCase> LeaveCases => Set<LeaveCase>();

    public DbSet<PreReturn> PreReturns => Set<PreReturn>();

    public DbSet<MedicalCertificate> Certificates => Set<MedicalCertificate>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReturnToWorkDbContext).Assembly);
}
