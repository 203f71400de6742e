using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Welfare.Modules.Overtime.Application.Orders.GetOvertimeOrders;

internal sealed class GetOvertimeOrdersQueryHandler(IOvertimeDbContext db, EmployeeAccess access) : IRequestHandler<GetOvertimeOrdersQuery, IReadOnlyList<OvertimeOrderDto>>
{
    public async Task<IReadOnlyList<OvertimeOrderDto>> Handle(GetOvertimeOrdersQuery request, CancellationToken cancellationToken)
    {
        await access.EnsureDepartmentAsync(request.DepartmentCode, request.To, "order.list", "OvertimeOrder", cancellationToken);
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.DepartmentCode == request.DepartmentCode && o.WorkDate >= request.From && o.WorkDate <= request.To)
            .OrderBy(o => o.WorkDate).ThenBy(o => o.EmployeeId).ThenBy(o => o.PlannedStart).ToListAsync(cancellationToken);
        return [.. orders.Select(o => OvertimeOrderDto.From(o))];
    }
}
