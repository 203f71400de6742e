using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Departments.GetDepartmentKinds;

/// <summary>Each department that exists on <see cref="AsOf"/> (default today), by code, with its kind on that day.</summary>
public sealed record GetDepartmentKindsQuery(DateOnly? AsOf, PageRequest Paging) : IQuery<PagedList<DepartmentKindDto>>, IPagedQuery;
