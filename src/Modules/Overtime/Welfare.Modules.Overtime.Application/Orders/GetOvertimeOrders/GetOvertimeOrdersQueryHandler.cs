using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Paging;

namespace Welfare.Modules.Overtime.Application.Orders.GetOvertimeOrders;

internal sealed class GetOvertimeOrdersQueryHandler(IOvertimeDbContext db, EmployeeAccess access) : IRequestHandler<GetOvertimeOrdersQuery, PagedList<OvertimeOrderDto>>
{
    public async Task<PagedList<OvertimeOrderDto>> Handle(GetOvertimeOrdersQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureDepartmentAsync(request.DepartmentCode, request.To, "order.list", "OvertimeOrder", cancellationToken);
        var page = await db.Orders.AsNoTracking()
            .Where(o => o.DepartmentCode == request.DepartmentCode && o.WorkDate >= request.From && o.WorkDate <= request.To)
            .OrderBy(o => o.WorkDate).ThenBy(o => o.EmployeeId).ThenBy(o => o.PlannedStart).ThenBy(o => o.Id).ToPagedListAsync(request.Paging, cancellationToken);
        return page.Map(o => OvertimeOrderDto.From(o));
    }
}
