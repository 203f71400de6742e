using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Infrastructure.Persistence;

namespace Welfare.SharedKernel.Infrastructure.Directory;

/// <summary>
/// The context of a module that keeps a copy of the directory: the tables are mapped in its schema, and its use
/// cases read them untracked, so nothing but the directory block ever writes them.
/// </summary>
public abstract class DirectoryConsumerDbContext(DbContextOptions options) : ModuleDbContext(options), IDirectoryReadModel
{
    public IQueryable<DirectoryEmployee> DirectoryEmployees => Set<DirectoryEmployee>().AsNoTracking();

    public IQueryable<DirectoryAssignment> DirectoryAssignments => Set<DirectoryAssignment>().AsNoTracking();

    public IQueryable<DirectoryDepartment> DirectoryDepartments => Set<DirectoryDepartment>().AsNoTracking();

    public IQueryable<DirectoryDepartmentHead> DirectoryDepartmentHeads => Set<DirectoryDepartmentHead>().AsNoTracking();

    public IQueryable<DirectoryGrade> DirectoryGrades => Set<DirectoryGrade>().AsNoTracking();

    public IQueryable<DirectoryGradeChange> DirectoryGradeChanges => Set<DirectoryGradeChange>().AsNoTracking();
}
