using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Caps.GetCaps;

/// <summary>An employee's personal caps, newest first: the employee, the head of their department today, the scheme's officers (404 for others).</summary>
public sealed record GetCapsQuery(string EmployeeId, PageRequest Paging) : IQuery<PagedList<PersonalCapDto>>, IPagedQuery;
