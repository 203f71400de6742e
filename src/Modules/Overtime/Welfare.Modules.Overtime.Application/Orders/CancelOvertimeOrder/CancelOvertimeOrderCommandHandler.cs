using MediatR;
using Microsoft.EntityFrameworkCore;
using Welfare.SharedKernel.Application.Directory;
using Welfare.SharedKernel.Application.Auditing;
using Welfare.SharedKernel.Application.Errors;
using Welfare.SharedKernel.Application.Security;

namespace Welfare.Modules.Overtime.Application.Orders.CancelOvertimeOrder;

internal sealed class CancelOvertimeOrderCommandHandler(IOvertimeDbContext db, ICurrentUser user, IAuditTrail audit, TimeProvider clock)
    : IRequestHandler<CancelOvertimeOrderCommand, OvertimeOrderDto>
{
    public async Task<OvertimeOrderDto> Handle(CancelOvertimeOrderCommand request, CancellationToken cancellationToken)
    {
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == request.OrderId, cancellationToken);
        if (order is null || !await db.HeadsAsync(user, order.DepartmentCode, order.WorkDate, cancellationToken))
        {
            audit.Record("order.cancel", "OvertimeOrder", request.OrderId.ToString(), AuditOutcome.Denied);
            throw new NotFoundException("OvertimeOrder", request.OrderId.ToString());
        }

        order.Cancel(user.Id, clock.GetUtcNow());
        audit.Record("order.cancel", "OvertimeOrder", order.Id.ToString(), AuditOutcome.Allowed);
        return OvertimeOrderDto.From(order);
    }
}
