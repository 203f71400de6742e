using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Orders.CancelOvertimeOrder;

/// <summary>Cancels an order not yet worked (the head of the department it was given in); it stays as history.</summary>
public sealed record CancelOvertimeOrderCommand(Guid OrderId) : ICommand<OvertimeOrderDto>;
