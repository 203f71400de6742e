using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.PeerSupport.Application.Supporters.GetDepartmentSupporters;

/// <summary>
/// Who the department's supporters are today, by name, and how to reach them (第4-5(2): made known to its staff):
/// its employees, its head, coordinators and welfare officers. <see cref="Search"/> finds one by staff number or by
/// part of the name in kanji or kana.
/// </summary>
public sealed record GetDepartmentSupportersQuery(string DepartmentCode, string? Search, PageRequest Paging) : IQuery<PagedList<SupporterDto>>, IPagedQuery;
