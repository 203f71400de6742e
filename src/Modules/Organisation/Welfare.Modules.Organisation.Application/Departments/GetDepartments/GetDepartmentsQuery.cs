using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Organisation.Application.Departments.GetDepartments;

/// <summary>The department tree as a flat list; by default only departments that exist on <see cref="AsOf"/> (today), by code.</summary>
public sealed record GetDepartmentsQuery(DateOnly? AsOf, bool IncludeClosed, PageRequest Paging) : IQuery<PagedList<DepartmentDto>>, IPagedQuery;
