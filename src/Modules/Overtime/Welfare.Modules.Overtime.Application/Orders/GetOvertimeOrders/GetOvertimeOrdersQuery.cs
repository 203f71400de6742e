using Welfare.SharedKernel.Application.Messaging;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Orders.GetOvertimeOrders;

/// <summary>Orders of a department in a period (its head or the scheme's officers), cancelled ones included.</summary>
public sealed record GetOvertimeOrdersQuery(string DepartmentCode, DateOnly From, DateOnly To, PageRequest Paging) : IQuery<PagedList<OvertimeOrderDto>>, IPagedQuery;
