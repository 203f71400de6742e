using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Application;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Directory;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.Modules.Overtime.Domain.Schedules;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.Modules.Overtime.Infrastructure.Persistence;

internal sealed class OvertimeDbContext(DbContextOptions<OvertimeDbContext> options) : ModuleDbContext(options), IOvertimeDbContext
{
    public const string SchemaName = "overtime";

    public override string Schema => SchemaName;

    public DbSet<OvertimeRuleSet> RuleSets => Set<OvertimeRuleSet>();

    public DbSet<OtherDrivenDesignation> Designations => Set<OtherDrivenDesignation>();

    public DbSet<DirectoryDepartment> Departments => Set<DirectoryDepartment>();

    public DbSet<DirectoryEmployee> Employees => Set<DirectoryEmployee>();

    public DbSet<DirectoryDepartmentHead> DepartmentHeads => Set<DirectoryDepartmentHead>();

    public DbSet<WorkSchedule> WorkSchedules => Set<WorkSchedule>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OvertimeDbContext).Assembly);
}
