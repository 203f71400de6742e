using Welfare.Modules.Organisation.Domain.Employees;

namespace Welfare.Modules.Organisation.Application.Imports.ImportEmployees;

/// <summary>Stores many new employees at once (a first load), in the unit of work's transaction.</summary>
internal interface IEmployeeBulkWriter
{
    Task InsertAsync(IReadOnlyCollection<Employee> employees, CancellationToken cancellationToken);
}
