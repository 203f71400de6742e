using Welfare.Modules.Organisation.Application.Employees;
using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Organisation.Application.Departments.GetDepartmentStaff;

/// <summary>Who was assigned to the department on <see cref="AsOf"/> (default today): for its head and the directory officers.</summary>
public sealed record GetDepartmentStaffQuery(string DepartmentCode, DateOnly? AsOf, PageRequest Paging)
    : IQuery<PagedList<EmployeeSummaryDto>>, IPagedQuery;
