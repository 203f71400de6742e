using Welfare.Modules.Overtime.Domain.Orders;

namespace Welfare.Modules.Overtime.Application.Orders;

/// <summary>An order as given; <see cref="Warnings"/> name the rest-interval rules it strains, <see cref="ExcessAnalyses"/> the analyses it opened.</summary>
public sealed record OvertimeOrderDto(
    Guid Id,
    string EmployeeId,
    string DepartmentCode,
    DateOnly WorkDate,
    TimeOnly PlannedStart,
    TimeOnly PlannedEnd,
    double PlannedHours,
    string Reason,
    SpecialBusinessCategory? SpecialBusiness,
    string OrderedBy,
    DateTimeOffset OrderedAt,
    DateTimeOffset? CancelledAt,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<Guid> ExcessAnalyses)
{
    public static OvertimeOrderDto From(OvertimeOrder o, IReadOnlyList<string>? warnings = null, IReadOnlyList<Guid>? analyses = null) =>
        new(o.Id, o.EmployeeId, o.DepartmentCode, o.WorkDate, o.PlannedStart, o.PlannedEnd, Math.Round(o.PlannedMinutes / 60.0, 2), o.Reason, o.SpecialBusiness,
            o.OrderedBy, o.OrderedAt, o.CancelledAt, warnings ?? [], analyses ?? []);
}
