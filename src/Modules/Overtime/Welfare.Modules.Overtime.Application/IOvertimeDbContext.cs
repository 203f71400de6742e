using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Overtime.Domain.Departments;
using Welfare.Modules.Overtime.Domain.Directory;
using Welfare.Modules.Overtime.Domain.Rules;
using Welfare.Modules.Overtime.Domain.Schedules;

namespace Welfare.Modules.Overtime.Application;

/// <summary>The module's tables as the use cases see them; the unit of work saves.</summary>
internal interface IOvertimeDbContext
{
    DbSet<OvertimeRuleSet> RuleSets { get; }

    DbSet<OtherDrivenDesignation> Designations { get; }

    DbSet<DirectoryDepartment> Departments { get; }

    DbSet<DirectoryEmployee> Employees { get; }

    DbSet<DirectoryDepartmentHead> DepartmentHeads { get; }

    DbSet<WorkSchedule> WorkSchedules { get; }
}
