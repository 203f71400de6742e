using Microsoft.EntityFrameworkCore;
using Welfare.Modules.Organisation.Domain.Departments;
using Welfare.Modules.Organisation.Domain.Employees;
using Welfare.Modules.Organisation.Domain.Grades;
using Welfare.Modules.Organisation.Domain.Imports;

namespace Welfare.Modules.Organisation.Application;

/// <summary>The module's tables as the use cases see them; the unit of work saves.</summary>
internal interface IOrganisationDbContext
{
    DbSet<Employee> Employees { get; }

    DbSet<Department> Departments { get; }

    DbSet<Grade> Grades { get; }

    DbSet<DirectoryImport> Imports { get; }
}
