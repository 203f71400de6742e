using Welfare.Modules.Organisation.Domain;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Organisation.Application.Employees.SearchEmployees;

/// <summary>
/// Browse and search the directory (directory officers only). <see cref="Search"/> matches the whole staff
/// number or any part of the name in kanji or kana.
/// </summary>
public sealed record SearchEmployeesQuery(string? Search, string? Department, EmployeeStatus? Status, PageRequest Paging)
    : IQuery<PagedList<EmployeeSummaryDto>>, IPagedQuery;
