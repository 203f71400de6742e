using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Application;
using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.Modules.Organisation.Domain.Employees;
using Welfare.Modules.Organisation.Domain.Grades;
using Welfare.Modules.Organisation.Domain.Imports;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.Organisation.Infrastructure.Persistence;

internal sealed class OrganisationDbContext(DbContextOptions<OrganisationDbContext> options) : ModuleDbContext(options), IOrganisationDbContext
{
    public const string SchemaName = "organisation";

    public override string Schema => SchemaName;

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Grade> Grades => Set<Grade>();

    public DbSet<DirectoryImport> Imports => Set<DirectoryImport>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrganisationDbContext).Assembly);
}
