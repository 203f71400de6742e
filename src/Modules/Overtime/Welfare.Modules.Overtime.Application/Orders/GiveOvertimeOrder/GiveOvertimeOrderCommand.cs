using Welfare.Modules.Overtime.Domain.Orders;
using Welfare.SharedKernel.Application.Messaging;

namespace Welfare.Modules.Overtime.Application.Orders.GiveOvertimeOrder;

/// <summary>
/// The department head orders overtime in advance (date, planned span in Japan time, reason). An order
/// that would go beyond a limit or the employee's personal cap is refused unless it is special business
/// (<see cref="SpecialBusiness"/>), which opens an excess analysis for each limit it goes beyond.
/// </summary>
public sealed record GiveOvertimeOrderCommand(string EmployeeId, DateOnly WorkDate, TimeOnly PlannedStart, TimeOnly PlannedEnd, string Reason,
    SpecialBusinessCategory? SpecialBusiness) : ICommand<OvertimeOrderDto>;
