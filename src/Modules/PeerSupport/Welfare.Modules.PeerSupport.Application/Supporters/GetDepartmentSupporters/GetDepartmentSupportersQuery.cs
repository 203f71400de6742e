using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetDepartmentSupporters;

/// <summary>
/// Who the department's supporters are today and how to reach them (第4-5(2): made known to its staff):
/// its employees, its head, coordinators and welfare officers.
/// </summary>
public sealed record GetDepartmentSupportersQuery(string DepartmentCode, PageRequest Paging) : IQuery<PagedList<SupporterDto>>, IPagedQuery;
